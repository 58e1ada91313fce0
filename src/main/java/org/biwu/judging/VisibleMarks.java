package org.biwu.judging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.biwu.api.NodeId;
import org.biwu.competition.Event;
import org.biwu.db.Database;
import org.biwu.security.Access;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The marks of an event as the caller may see them ({@code Event.marks}): a judge their own; the
 * panel's chief judges and scorekeepers, and organizers, all; anyone else none. Ordered by
 * registration, round, aspect, attempt and judge.
 */
@ApplicationScoped
public class VisibleMarks {

    @Inject
    Database db;

    @Inject
    Access access;

    @Inject
    PanelService panels;

    /**
     * The marks of {@code event} the caller may see, of one round and one registration (a global
     * id, NOT_FOUND naming {@code registrationId} when malformed) when those are given.
     */
    public Uni<List<Mark>> of(Event event, String round, String registrationId) {
        Long registration = registrationId == null ? null : NodeId.parse("Registration", registrationId, "registrationId");
        return panels.standingOf(event).chain(standing -> {
            boolean all = standing.seesAllMarks();
            Set<Long> ownJudges = standing.ownJudges();
            if (!all && ownJudges.isEmpty()) {
                return Uni.createFrom().item(List.<Mark>of());
            }
            return db.read(s -> {
                Mutiny.SelectionQuery<MarkEntity> q = s.createSelectionQuery("from MarkEntity where eventId = :e"
                        + (round == null ? "" : " and round = :round") + (registration == null ? "" : " and registrationId = :reg")
                        + " order by registrationId, round, aspect, attempt, judgeId", MarkEntity.class)
                        .setParameter("e", event.number());
                if (round != null) {
                    q.setParameter("round", round);
                }
                if (registration != null) {
                    q.setParameter("reg", registration);
                }
                return q.getResultList();
            })
                    .map(list -> list.stream().filter(m -> all || ownJudges.contains(m.judgeId)).map(Mark::new).toList());
        });
    }
}
