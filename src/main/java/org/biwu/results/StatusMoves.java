package org.biwu.results;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import org.biwu.api.DomainException;
import org.biwu.api.NodeId;
import org.biwu.api.UserErrorCode;
import org.biwu.changes.ChangeFeed;
import org.biwu.changes.ChangeKind;
import org.biwu.competition.Competition;
import org.biwu.competition.CompetitionService.StatusMove;
import org.biwu.competition.CompetitionService;
import org.biwu.competition.CompetitionStatus;
import org.biwu.competition.EventCatalog;
import org.biwu.db.Database;
import org.biwu.judging.MarkLocks;
import org.biwu.registration.DrawCodes;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * A competition's moves of status, each in one transaction with what it entails: starting (RUNNING)
 * draws the registrations' codes (抽签); closing scoring locks every module's marks; publishing
 * (成绩公示) records the publication and its notice period and keeps the final awards; finalising
 * needs the notice period over and no appeal OPEN, and keeps the awards again (an upheld appeal may
 * have changed them).
 * {@code setCompetitionStatus} goes the same way: moving past PUBLISHED without publishResults
 * publishes with a notice period of 0 days.
 */
@ApplicationScoped
public class StatusMoves {

    /** The longest notice period, in days. */
    static final int MAX_NOTICE_DAYS = 90;

    @Inject
    Database db;

    @Inject
    CompetitionService competitions;

    @Inject
    EventCatalog events;

    @Inject
    FinalAwards finalAwards;

    @Inject
    MarkLocks markLocks;

    @Inject
    ChangeFeed changes;

    /** Moves the competition's status forward (CompetitionService.setStatus says what is refused), with what the move entails. */
    public Uni<Competition> setStatus(String id, CompetitionStatus status) {
        return db.write(s -> competitions.setStatus(s, id, status).chain(move -> entail(s, move, 0)));
    }

    /** SCORING_CLOSED -> PUBLISHED with a notice period of {@code noticeDays} days (0 to 90). */
    public Uni<Competition> publish(String competitionId, int noticeDays) {
        if (noticeDays < 0 || noticeDays > MAX_NOTICE_DAYS) {
            throw DomainException.of(UserErrorCode.INVALID, m -> m.between("0", String.valueOf(MAX_NOTICE_DAYS)), "noticeDays");
        }
        NodeId.parse("Competition", competitionId, "competitionId");
        return db.write(s -> competitions.setStatus(s, competitionId, CompetitionStatus.PUBLISHED).chain(move -> {
            if (move.before() != CompetitionStatus.SCORING_CLOSED) {
                throw DomainException.of(UserErrorCode.WRONG_STATE,
                        m -> m.publishWhenClosed(m.competitionStatus(move.before().name())), "competitionId");
            }
            return entail(s, move, noticeDays);
        }));
    }

    /** PUBLISHED -> FINAL once the notice period is over and no appeal is OPEN (WRONG_STATE naming them otherwise). */
    public Uni<Competition> finalizeResults(String competitionId) {
        NodeId.parse("Competition", competitionId, "competitionId");
        return db.write(s -> competitions.setStatus(s, competitionId, CompetitionStatus.FINAL).chain(move -> {
            if (move.before() != CompetitionStatus.PUBLISHED) {
                throw DomainException.of(UserErrorCode.WRONG_STATE,
                        m -> m.finalizeWhenPublished(m.competitionStatus(move.before().name())), "competitionId");
            }
            return entail(s, move, 0);
        }));
    }

    private Uni<Competition> entail(Mutiny.Session s, StatusMove move, int noticeDays) {
        Competition c = move.competition();
        Uni<Competition> after = Uni.createFrom().item(c);
        if (move.crosses(CompetitionStatus.RUNNING)) {
            after = after.call(() -> events.ofCompetition(c.number()).chain(list -> {
                Uni<Void> all = Uni.createFrom().voidItem();
                for (var event : list) {
                    all = all.chain(() -> DrawCodes.drawAll(s, event.number()));
                }
                return all;
            }));
        }
        if (move.crosses(CompetitionStatus.SCORING_CLOSED)) {
            after = after.call(() -> events.ofCompetition(c.number()).chain(list -> markLocks.lockAll(s, list)));
        }
        if (move.crosses(CompetitionStatus.PUBLISHED)) {
            after = after.chain(() -> competitions.recordPublication(s, c.number(), noticeDays));
        }
        if (move.crosses(CompetitionStatus.PUBLISHED)) {
            after = after.call(() -> changes.append(s, ChangeKind.RESULTS_PUBLISHED, "Competition", c.number(), c.number(), null));
        }
        if (move.crosses(CompetitionStatus.FINAL)) {
            after = after.call(published -> requireFinalizable(s, published))
                    .call(() -> changes.append(s, ChangeKind.RESULTS_FINAL, "Competition", c.number(), c.number(), null));
        }
        if (move.publishes()) {
            after = after.call(done -> finalAwards.keep(s, done));
        }
        return after;
    }

    private static Uni<Void> requireFinalizable(Mutiny.Session s, Competition c) {
        OffsetDateTime now = OffsetDateTime.now();
        if (c.publication != null && c.publication.openAt(now)) {
            String ends = c.publication.noticeEndsAt().toString();
            throw DomainException.of(UserErrorCode.WRONG_STATE, m -> m.noticePeriodRuns(ends), "competitionId");
        }
        return s.createNativeQuery("select r.bib from appeal a join registration r on r.id = a.registration_id "
                        + "where a.competition_id = :c and a.status = 'OPEN' order by a.id", String.class)
                .setParameter("c", c.number()).getResultList().invoke((List<String> open) -> {
                    if (!open.isEmpty()) {
                        String bibs = String.join(", ", open);
                        throw DomainException.of(UserErrorCode.WRONG_STATE, m -> m.appealsOpen(open.size(), bibs), "competitionId");
                    }
                }).replaceWithVoid();
    }
}
