package org.biwu.judging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.biwu.api.Cursors;
import org.biwu.api.DomainException;
import org.biwu.api.PageInfo;
import org.biwu.api.UserErrorCode;
import org.biwu.competition.Event;
import org.biwu.db.Database;
import org.biwu.db.Timestamps;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Reading and checking an event's audit trail (table mark_audit, V12). The database numbers each
 * entry in its event's chain and stores the hex SHA-256 of the previous entry's hash and the entry
 * (SQL function mark_audit_hash); the verification recomputes every hash from the stored columns,
 * checks the numbering and the chain's head (audit_chain_head), and that every mark holds the value of
 * its last entry. Readers: the panel's chief judges and the competition's organizers (FORBIDDEN otherwise).
 */
@ApplicationScoped
public class MarkAuditTrail {

    /** Entries per page at most. */
    static final int MAX_PAGE = 500;

    private static final String COLUMNS = "a.id, a.seq, a.action, a.registration_id, a.round, a.aspect, a.module, a.attempt, "
            + "a.judge_id, a.value, a.previous_value, a.entered_by, a.entered_at, a.reason, a.hash";

    @Inject
    Database db;

    @Inject
    PanelService panels;


    public record AuditEntryEdge(@NonNull String cursor, @NonNull AuditEntry node) {
    }

    public record AuditEntryConnection(@NonNull List<@NonNull AuditEntryEdge> edges, @NonNull PageInfo pageInfo, int totalCount) {
    }

    @Description("The audit trail's hash chain recomputed from the stored entries.")
    public record AuditVerification(
            boolean valid,
            @Description("Entries in the chain.") int entries,
            @Description("The first entry whose stored hash does not match the chain; null when valid.") AuditEntry firstBrokenEntry) {
    }

    /** Entries after the cursor (an entry's number in the chain), oldest first: {@code first} of them, 100 when absent, at most 500. */
    public Uni<AuditEntryConnection> page(Event event, Integer first, String after) {
        int size = Cursors.first(first, 100, MAX_PAGE);
        long from = Cursors.after(after);
        return requireReader(event).chain(() -> db.read(s -> s.createNativeQuery("select " + COLUMNS
                        + " from mark_audit a where a.event_id = :e and a.seq > :after order by a.seq limit :n", Object[].class)
                .setParameter("e", event.number()).setParameter("after", from).setParameter("n", size + 1).getResultList()
                .chain(rows -> s.createNativeQuery("select count(*) from mark_audit where event_id = :e", Long.class)
                        .setParameter("e", event.number()).getSingleResult().map(total -> {
                            boolean more = rows.size() > size;
                            List<AuditEntryEdge> edges = rows.stream().limit(size).map(MarkAuditTrail::entry)
                                    .map(e -> new AuditEntryEdge(String.valueOf(e.sequence()), e)).toList();
                            return new AuditEntryConnection(edges, new PageInfo(more, from > 0,
                                    edges.isEmpty() ? null : edges.get(0).cursor(),
                                    edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()), total.intValue());
                        }))));
    }

    /**
     * Recomputes the chain. Broken, earliest first: an entry whose stored hash differs from the hash of
     * its columns and the previous entry's stored hash, or whose number is not the next; the last entry
     * when the chain's head (its length and last hash, kept apart) disagrees, which is what removing
     * entries at the end shows; a mark's last entry when the mark no longer holds that entry's value.
     */
    public Uni<AuditVerification> verify(Event event) {
        return requireReader(event).chain(() -> db.read(s -> s.createNativeQuery("""
                        with chain as (
                            select a.id, a.seq, a.hash, row_number() over (order by a.seq) as position,
                                   mark_audit_hash(coalesce(lag(a.hash) over (order by a.seq), ''), a) as expected
                            from mark_audit a where a.event_id = :e),
                        last_of_mark as (
                            select distinct on (a.mark_id) a.mark_id, a.seq, a.value
                            from mark_audit a where a.event_id = :e and a.mark_id is not null order by a.mark_id, a.seq desc)
                        select (select count(*) from chain),
                               (select min(seq) from chain where hash is distinct from expected or seq <> position),
                               (select min(l.seq) from last_of_mark l join mark m on m.id = l.mark_id where m.value is distinct from l.value),
                               (select max(seq) from chain) = coalesce(h.entries, 0)
                                   and coalesce((select hash from chain order by seq desc limit 1), '') = coalesce(h.hash, ''),
                               (select max(seq) from chain)
                        from (select 1) one left join audit_chain_head h on h.event_id = :e""", Object[].class)
                .setParameter("e", event.number()).getSingleResult()
                .chain(row -> {
                    int entries = ((Number) row[0]).intValue();
                    Integer broken = earliest(number(row[1]), number(row[2]));
                    boolean headAgrees = row[3] == null ? entries == 0 : (Boolean) row[3];
                    if (broken == null && !headAgrees) {
                        broken = number(row[4]);
                    }
                    if (broken == null && headAgrees) {
                        return Uni.createFrom().item(new AuditVerification(true, entries, null));
                    }
                    return entryAt(s, event.number(), broken).map(e -> new AuditVerification(false, entries, e));
                })));
    }

    /** The head of an event's chain: how many entries it has and the last one's hash (printed on the results sheet). */
    public record ChainHead(int entries, String hash) {
    }

    /** The event's chain head as stored; 0 entries and an empty hash before the first entry. Public: it proves nothing but itself. */
    public Uni<ChainHead> head(long eventNumber) {
        return db.read(s -> s.createNativeQuery("select entries, hash from audit_chain_head where event_id = :e", Object[].class)
                .setParameter("e", eventNumber).getSingleResultOrNull())
                .map(r -> r == null ? new ChainHead(0, "") : new ChainHead(((Number) r[0]).intValue(), (String) r[1]));
    }

    private static Uni<AuditEntry> entryAt(Mutiny.Session s, long event, Integer sequence) {
        if (sequence == null) {
            return Uni.createFrom().nullItem();
        }
        return s.createNativeQuery("select " + COLUMNS + " from mark_audit a where a.event_id = :e and a.seq = :n", Object[].class)
                .setParameter("e", event).setParameter("n", sequence).getSingleResultOrNull()
                .map(r -> r == null ? null : entry(r));
    }

    private static Integer earliest(Integer a, Integer b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return Math.min(a, b);
    }

    private static Integer number(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }


    private Uni<Void> requireReader(Event event) {
        return panels.standingOf(event).invoke(standing -> {
            if (!standing.readsAuditTrail()) {
                throw DomainException.of(UserErrorCode.FORBIDDEN, m -> m.auditReaders());
            }
        }).replaceWithVoid();
    }

    private static AuditEntry entry(Object[] r) {
        return new AuditEntry(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), AuditAction.valueOf((String) r[2]),
                r[3] == null ? null : ((Number) r[3]).longValue(), (String) r[4], (String) r[5], (String) r[6],
                r[7] == null ? null : ((Number) r[7]).intValue(), r[8] == null ? null : ((Number) r[8]).longValue(),
                (BigDecimal) r[9], (BigDecimal) r[10], (String) r[11], Timestamps.of(r[12]), (String) r[13], (String) r[14]);
    }

}
