package org.biwu.judging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.biwu.competition.Aspect;
import org.biwu.competition.Event;
import org.biwu.competition.Round;
import org.biwu.db.Database;

/**
 * The spread check (WorldSkills: judgement marks of one attempt more than a set distance apart are
 * discussed by the judges): for every aspect with a maxSpread, the attempts whose highest and lowest
 * marks differ by more. The marks still count; a correction that brings them together removes the
 * warning. Who sees a warning: organizers, the panel's chief judges and scorekeepers every one; a
 * judge those of the attempts they marked (the discussion is theirs); anyone else none.
 */
@ApplicationScoped
public class SpreadWarnings {

    @Inject
    Database db;

    @Inject
    PanelService panels;


    /** The warnings of the event, of one round when {@code round} is given, by registration, round, aspect and attempt. */
    public Uni<List<SpreadWarning>> of(Event event, String round) {
        Map<String, Map<String, Aspect>> checked = new LinkedHashMap<>();
        for (Round r : event.rounds) {
            if (round == null || r.code().equals(round)) {
                r.modules().forEach(m -> m.aspects().stream().filter(a -> a.maxSpread() != null)
                        .forEach(a -> checked.computeIfAbsent(r.code(), k -> new LinkedHashMap<>()).put(a.code(), a)));
            }
        }
        if (checked.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return panels.standingOf(event).chain(standing -> {
            boolean all = standing.seesAllMarks();
            Set<Long> own = standing.ownJudges();
            if (!all && own.isEmpty()) {
                return Uni.createFrom().item(List.<SpreadWarning>of());
            }
            return db.read(s -> s.createSelectionQuery("from MarkEntity where eventId = :e and round in :r "
                            + "order by registrationId, round, aspect, attempt, judgeId", MarkEntity.class)
                    .setParameter("e", event.number()).setParameter("r", List.copyOf(checked.keySet())).getResultList())
                    .map(marks -> warnings(marks, checked, all, own));
        });
    }

    private static List<SpreadWarning> warnings(List<MarkEntity> marks, Map<String, Map<String, Aspect>> checked, boolean all, Set<Long> own) {
        Map<List<Object>, List<MarkEntity>> attempts = new LinkedHashMap<>();
        for (MarkEntity m : marks) {
            if (checked.get(m.round).containsKey(m.aspect)) {
                attempts.computeIfAbsent(List.of(m.registrationId, m.round, m.aspect, m.attempt), k -> new ArrayList<>()).add(m);
            }
        }
        List<SpreadWarning> warnings = new ArrayList<>();
        for (List<MarkEntity> attempt : attempts.values()) {
            MarkEntity first = attempt.get(0);
            BigDecimal limit = BigDecimal.valueOf(checked.get(first.round).get(first.aspect).maxSpread());
            BigDecimal highest = attempt.stream().map(m -> m.value).max(Comparator.naturalOrder()).orElseThrow();
            BigDecimal lowest = attempt.stream().map(m -> m.value).min(Comparator.naturalOrder()).orElseThrow();
            BigDecimal spread = highest.subtract(lowest);
            boolean visible = all || attempt.stream().anyMatch(m -> own.contains(m.judgeId));
            if (attempt.size() >= 2 && spread.compareTo(limit) > 0 && visible) {
                warnings.add(new SpreadWarning(first.aspect, first.attempt, attempt.stream().map(m -> m.value.doubleValue()).toList(),
                        spread.doubleValue(), first.registrationId, first.round));
            }
        }
        return warnings;
    }
}
