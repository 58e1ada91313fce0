package org.biwu.changes;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.biwu.api.Cursors;
import org.biwu.api.PageInfo;
import org.biwu.db.Database;
import org.biwu.db.Locks;
import org.biwu.db.Timestamps;
import org.biwu.security.Access;
import org.biwu.security.ScopedRole;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The change feed for partner systems (table change_feed, V16). A change is appended in the
 * transaction that makes it, under the feed's advisory lock, which is held until that transaction
 * commits: ids are handed out in commit order, so a reader paging by id never misses a change that
 * commits after it read, nor sees one twice. Who reads what: a partner system (service account) the
 * changes of its PARTNER organizations' competitions and people; a person the changes of competitions
 * and people where they are ORGANIZER, HR or PARTNER, and every competition's results published or final.
 */
@ApplicationScoped
public class ChangeFeed {

    /** Changes per page at most. */
    static final int MAX_PAGE = 500;

    @Inject
    Database db;

    @Inject
    Access access;

    public record ChangeEdge(@NonNull String cursor, @NonNull Change node) {
    }

    public record ChangeConnection(@NonNull List<@NonNull ChangeEdge> edges, @NonNull PageInfo pageInfo) {
    }

    /**
     * In {@code s}'s transaction: appends a change about node {@code nodeType:nodeNumber} of competition
     * {@code competition} and, for an outcome or certificate, of person {@code person} (null otherwise): whose
     * change it is follows from the competition's organization and the person's employer.
     */
    public Uni<Void> append(Mutiny.Session s, ChangeKind kind, String nodeType, long nodeNumber, long competition, Long person) {
        return Locks.hold(s, Locks.Lock.exclusive(Locks.Kind.CHANGE_FEED, 0))
                .chain(() -> s.createNativeQuery("""
                        insert into change_feed (id, kind, node_type, node_number, competition_id, organization_id, person_organization_id)
                        select nextval('change_feed_id_seq'), :k, :t, :n, c.id, c.organization_id,
                               (select p.organization_id from person p where p.id = cast(:p as bigint))
                        from competition c where c.id = :c""")
                        .setParameter("k", kind.name()).setParameter("t", nodeType).setParameter("n", nodeNumber)
                        .setParameter("c", competition).setParameter("p", person).executeUpdate())
                .replaceWithVoid();
    }

    /** The changes after the cursor the caller may see, oldest first: {@code first} of them (100 when absent, at most 500). */
    public Uni<ChangeConnection> page(String after, Integer first) {
        access.requireAuthenticated();
        int size = Cursors.first(first, 100, MAX_PAGE);
        long from = Cursors.after(after);
        boolean partnerSystem = access.isServiceAccount();
        return access.scope(ScopedRole.PARTNER).chain(partner -> access.scope(ScopedRole.ORGANIZER).chain(organizer -> access
                .scope(ScopedRole.HR).chain(hr -> {
                    String inScope = partnerSystem ? partner.condition("o.path")
                            : "(" + partner.condition("o.path") + " or " + organizer.condition("o.path") + " or " + hr.condition("o.path") + ")";
                    String visible = "(exists (select 1 from organization o where o.id in (f.organization_id, f.person_organization_id) and "
                            + inScope + ")" + (partnerSystem ? "" : " or f.kind in ('RESULTS_PUBLISHED', 'RESULTS_FINAL')") + ")";
                    return db.read(s -> s.createNativeQuery("select f.id, f.kind, f.at, f.node_type, f.node_number from change_feed f "
                                    + "where f.id > :after and " + visible + " order by f.id limit :n", Object[].class)
                            .setParameter("after", from).setParameter("n", size + 1).getResultList())
                            .map(rows -> {
                                boolean more = rows.size() > size;
                                List<ChangeEdge> edges = rows.stream().limit(size).map(r -> new Change(ChangeKind.valueOf((String) r[1]),
                                                Timestamps.of(r[2]), ((Number) r[0]).longValue(), (String) r[3], ((Number) r[4]).longValue()))
                                        .map(c -> new ChangeEdge(String.valueOf(c.sequence()), c)).toList();
                                // an empty page hands the cursor back: the next call continues where this one looked
                                String end = edges.isEmpty() ? after : edges.get(edges.size() - 1).cursor();
                                return new ChangeConnection(edges, new PageInfo(more, from > 0,
                                        edges.isEmpty() ? null : edges.get(0).cursor(), end));
                            });
                })));
    }

}
