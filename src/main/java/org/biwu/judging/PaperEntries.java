package org.biwu.judging;

import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.biwu.db.Locks;
import org.biwu.db.Timestamps;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Double entry of paper sheets (table paper_entry, V13): the entries scorekeepers typed for slots of an
 * event whose marks they have not yet agreed on. Read and written in the submission's transaction,
 * which holds the event's paper-entry lock so that two scorekeepers typing one slot at the same moment
 * see each other's entry.
 */
final class PaperEntries {

    private PaperEntries() {
    }

    /** One judge's mark for one attempt: the slot a paper entry is for. */
    record JudgeSlot(long registration, String round, String aspect, int attempt, long judge) {
    }

    /** What one scorekeeper typed for a slot. */
    record PaperEntry(JudgeSlot slot, BigDecimal value, BigDecimal difficulty, String note, String enteredBy, OffsetDateTime enteredAt) {

        /** The same mark as {@code other}: value and difficulty. */
        boolean agreesWith(BigDecimal otherValue, BigDecimal otherDifficulty) {
            return value.compareTo(otherValue) == 0 && MarkValidation.sameDecimal(difficulty, otherDifficulty);
        }
    }

    /** The waiting entries of the registrations in the rounds, by slot, after taking the event's paper-entry lock. */
    static Uni<Map<JudgeSlot, List<PaperEntry>>> load(Mutiny.Session s, long event, Collection<Long> registrations, Collection<String> rounds) {
        return Locks.hold(s, Locks.Lock.exclusive(Locks.Kind.PAPER_ENTRIES, event))
                .chain(() -> s.createNativeQuery("select registration_id, round, aspect, attempt, judge_id, value, difficulty, note, "
                                + "entered_by, entered_at from paper_entry where event_id = :e and registration_id in (:r) and round in (:rounds)",
                        Object[].class).setParameter("e", event)
                        .setParameter("r", registrations.isEmpty() ? List.of(-1L) : List.copyOf(registrations))
                        .setParameter("rounds", rounds.isEmpty() ? List.of("") : List.copyOf(rounds)).getResultList())
                .map(rows -> {
                    Map<JudgeSlot, List<PaperEntry>> entries = new HashMap<>();
                    for (Object[] r : rows) {
                        PaperEntry e = entry(r, 0);
                        entries.computeIfAbsent(e.slot(), k -> new ArrayList<>()).add(e);
                    }
                    return entries;
                });
    }

    /** Removes the entries of the settled slots, then stores each waiting entry in place of its author's earlier one. */
    static Uni<Void> save(Mutiny.Session s, long event, Collection<JudgeSlot> settled, Collection<PaperEntry> waiting) {
        Uni<Void> all = Uni.createFrom().voidItem();
        for (JudgeSlot slot : settled) {
            all = all.chain(() -> where(s.createNativeQuery("delete from paper_entry where registration_id = :r and round = :round "
                    + "and aspect = :a and attempt = :n and judge_id = :j"), slot).executeUpdate().replaceWithVoid());
        }
        for (PaperEntry e : waiting) {
            all = all.chain(() -> where(s.createNativeQuery("""
                            insert into paper_entry (event_id, registration_id, round, aspect, attempt, judge_id, value, difficulty, note,
                                                     entered_by, entered_at)
                            values (:e, :r, :round, :a, :n, :j, :v, :d, :note, :by, :at)
                            on conflict (registration_id, round, aspect, attempt, judge_id, entered_by)
                            do update set value = excluded.value, difficulty = excluded.difficulty, note = excluded.note,
                                          entered_at = excluded.entered_at"""), e.slot())
                    .setParameter("e", event).setParameter("v", e.value()).setParameter("d", e.difficulty())
                    .setParameter("note", e.note()).setParameter("by", e.enteredBy()).setParameter("at", e.enteredAt())
                    .executeUpdate().replaceWithVoid());
        }
        return all;
    }

    /** The slots of the event (of one round when given) with entries that differ, each with its entries, oldest first. */
    static Uni<Map<JudgeSlot, List<PaperEntry>>> discrepancies(Mutiny.Session s, long event, String round) {
        return s.createNativeQuery("""
                        select registration_id, round, aspect, attempt, judge_id, value, difficulty, note, entered_by, entered_at
                        from paper_entry p where event_id = :e and (cast(:round as text) is null or round = :round)
                          and exists (select 1 from paper_entry o where o.registration_id = p.registration_id and o.round = p.round
                                      and o.aspect = p.aspect and o.attempt = p.attempt and o.judge_id = p.judge_id
                                      and (o.value <> p.value or o.difficulty is distinct from p.difficulty))
                        order by registration_id, round, aspect, attempt, judge_id, entered_at""", Object[].class)
                .setParameter("e", event).setParameter("round", round).getResultList()
                .map(rows -> {
                    Map<JudgeSlot, List<PaperEntry>> slots = new java.util.LinkedHashMap<>();
                    for (Object[] r : rows) {
                        PaperEntry e = entry(r, 0);
                        slots.computeIfAbsent(e.slot(), k -> new ArrayList<>()).add(e);
                    }
                    return slots;
                });
    }

    private static <Q extends Mutiny.MutationQuery> Q where(Q q, JudgeSlot slot) {
        q.setParameter("r", slot.registration()).setParameter("round", slot.round()).setParameter("a", slot.aspect())
                .setParameter("n", slot.attempt()).setParameter("j", slot.judge());
        return q;
    }

    private static PaperEntry entry(Object[] r, int at) {
        JudgeSlot slot = new JudgeSlot(((Number) r[at]).longValue(), (String) r[at + 1], (String) r[at + 2],
                ((Number) r[at + 3]).intValue(), ((Number) r[at + 4]).longValue());
        return new PaperEntry(slot, (BigDecimal) r[at + 5], (BigDecimal) r[at + 6], (String) r[at + 7], (String) r[at + 8],
                Timestamps.of(r[at + 9]));
    }
}
