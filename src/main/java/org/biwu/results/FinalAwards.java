package org.biwu.results;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.biwu.competition.Competition;
import org.biwu.competition.CompetitionService;
import org.biwu.competition.Event;
import org.biwu.competition.EventCatalog;
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
    CompetitionService competitions;

    @Inject
    EventCatalog events;

    @Inject
    LiveStandings live;


    /** In {@code s}'s transaction: keeps the awards of every event's final standings (those kept before are replaced). */
    public Uni<Void> keep(Mutiny.Session s, Competition c) {
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
