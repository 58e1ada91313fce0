package org.biwu.results;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.biwu.competition.Competition;
import org.biwu.competition.CompetitionService;
import org.biwu.competition.CompetitionService.StatusMove;
import org.biwu.competition.CompetitionStatus;
import org.biwu.competition.Event;
import org.biwu.competition.EventCatalog;
import org.biwu.db.Database;
import org.biwu.judging.MarkLocks;
import org.biwu.live.LiveStandings;
import org.biwu.scoring.StandingsEntry;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The awards of a competition's final standings, kept when its results are published: each event's
 * last round, every registration with an award (金牌, 一等奖, 先进集体 …; a vetoed or unranked one has
 * none), in table final_award. Statistics over many competitions count them without scoring again.
 */
@ApplicationScoped
public class FinalAwards {

    @Inject
    Database db;

    @Inject
    CompetitionService competitions;

    @Inject
    EventCatalog events;

    @Inject
    LiveStandings live;

    @Inject
    MarkLocks markLocks;

    /**
     * Moves the competition's status forward (CompetitionService.setStatus says what is refused) and,
     * in the same transaction, locks every module's marks when the move closes scoring and keeps the
     * final awards when it publishes the results.
     */
    public Uni<Competition> setStatus(String id, CompetitionStatus status) {
        return db.write(s -> competitions.setStatus(s, id, status)
                .call(move -> move.closesScoring()
                        ? events.ofCompetition(move.competition().number()).chain(list -> markLocks.lockAll(s, list))
                        : Uni.createFrom().voidItem())
                .call(move -> move.publishes() ? keep(s, move.competition()) : Uni.createFrom().voidItem()))
                .map(StatusMove::competition);
    }

    private Uni<Void> keep(Mutiny.Session s, Competition c) {
        return events.ofCompetition(c.number()).chain(list -> {
            Uni<Void> all = Uni.createFrom().voidItem();
            for (Event event : list) {
                String last = event.rounds.get(event.rounds.size() - 1).code();
                all = all.chain(() -> live.view(event, last)).chain(view -> keep(s, event, view.standings().entries()));
            }
            return all;
        });
    }

    private static Uni<Void> keep(Mutiny.Session s, Event event, List<StandingsEntry> entries) {
        List<StandingsEntry> awarded = entries.stream().filter(e -> e.award() != null).toList();
        Uni<Void> all = s.createNativeQuery("delete from final_award where event_id = :e").setParameter("e", event.number())
                .executeUpdate().replaceWithVoid();
        for (StandingsEntry e : awarded) {
            all = all.chain(() -> s.createNativeQuery("insert into final_award (event_id, registration_id, award) values (:e, :r, :a)")
                    .setParameter("e", event.number()).setParameter("r", e.registrationId()).setParameter("a", e.award())
                    .executeUpdate().replaceWithVoid());
        }
        return all;
    }
}
