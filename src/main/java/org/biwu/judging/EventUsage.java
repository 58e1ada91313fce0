package org.biwu.judging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.biwu.competition.EventDependents;
import org.biwu.registration.RegistrationService;
import org.hibernate.reactive.mutiny.Mutiny;

/** Judging's answer to what depends on an event's definition: its marks, registrations and judges' aspects. */
@ApplicationScoped
public class EventUsage implements EventDependents {

    @Inject
    RegistrationService registrations;

    @Override
    public Uni<Dependents> of(Mutiny.Session s, long event) {
        return s.createSelectionQuery("select count(*) from MarkEntity where eventId = :e", Long.class).setParameter("e", event)
                .getSingleResult()
                .chain(marks -> registrations.count(s, event)
                        .chain(regs -> PanelService.assignments(s, event).map(panel -> {
                            Map<String, Set<String>> aspects = new LinkedHashMap<>();
                            panel.stream().filter(j -> j.active() && !j.aspects.isEmpty())
                                    .forEach(j -> aspects.computeIfAbsent(j.name, k -> new LinkedHashSet<>()).addAll(j.aspects));
                            return new Dependents(marks, regs, aspects);
                        })));
    }
}
