package org.biwu.judging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.biwu.competition.EventDependents;
import org.biwu.registration.Registrations;
import org.hibernate.reactive.mutiny.Mutiny;

/** Judging's answer to what depends on an event's definition: its marks, registrations and judges' aspects. */
@ApplicationScoped
public class EventUsage implements EventDependents {

    @Inject
    Registrations registrations;

    @Override
    public Uni<Dependents> of(Mutiny.Session s, long event) {
        return s.createSelectionQuery("select m.round, count(*) from MarkEntity m where m.eventId = :e group by m.round", Object[].class)
                .setParameter("e", event).getResultList()
                .map(rows -> {
                    Map<String, Long> byRound = new LinkedHashMap<>();
                    rows.forEach(row -> byRound.put((String) row[0], (Long) row[1]));
                    return byRound;
                })
                .chain(marks -> registrations.count(s, event)
                        .chain(regs -> PanelService.assignments(s, event).map(panel -> {
                            // by the judge's name as the refusal names them; two judges of one name read as one
                            Map<String, Set<String>> aspects = new LinkedHashMap<>();
                            panel.stream().filter(j -> j.active() && !j.aspects.isEmpty())
                                    .forEach(j -> aspects.computeIfAbsent(j.name, k -> new LinkedHashSet<>()).addAll(j.aspects));
                            return new Dependents(marks, regs, aspects);
                        })));
    }
}
