package org.biwu.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.biwu.api.NodeId;
import org.biwu.competition.Competition;
import org.biwu.competition.CompetitionService;
import org.biwu.competition.Event;
import org.biwu.competition.EventCatalog;
import org.biwu.competition.ResultsVisibility;
import org.biwu.competition.Round;
import org.biwu.db.Database;
import org.biwu.db.JsonText;
import org.biwu.live.LiveStandings;
import org.biwu.outbox.StandingsOutbox;
import org.biwu.scoring.StandingsEntry;
import org.biwu.security.Access;
import org.biwu.security.ScopedRole;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * A competition's results visibility and the standings it keeps for outsiders: setting FROZEN
 * stores every round's standings of that moment ({@link FrozenStandings}, in
 * {@code standings_state.frozen_snapshot}) in the same transaction; LIVE or HIDDEN drops them.
 * Organizers only (FORBIDDEN otherwise); NOT_FOUND for an unknown competition.
 */
@ApplicationScoped
public class ResultsVisibilityService {

    @Inject
    Database db;

    @Inject
    Access access;

    @Inject
    CompetitionService competitions;

    @Inject
    EventCatalog events;

    @Inject
    LiveStandings live;

    @Inject
    StandingsOutbox outbox;

    @Inject
    ObjectMapper json;

    /** Sets what outsiders see; FROZEN keeps the standings of this moment for them. */
    public Uni<Competition> set(String id, ResultsVisibility visibility) {
        access.requireRealmRoleFor(ScopedRole.ORGANIZER);
        long number = NodeId.parse("Competition", id, "id");
        return db.write(s -> competitions.lockManaged(s, number, "id").chain(c -> {
            ResultsVisibility before = c.resultsVisibility;
            c.resultsVisibility = visibility;
            if (visibility == ResultsVisibility.FROZEN && before == ResultsVisibility.FROZEN) {
                return Uni.createFrom().item(new Competition(c));
            }
            return events.ofCompetition(number).chain(list -> visibility == ResultsVisibility.FROZEN
                    ? freeze(s, list) : thaw(s, list)).map(v -> new Competition(c));
        }).call(c -> outbox.competitionChanged(s, number)));
    }

    /** The frozen standings of a round, or null when it is not frozen. */
    public Uni<FrozenStandings> frozen(long event, String round) {
        return db.read(s -> s.createNativeQuery("select frozen_snapshot from standings_state "
                        + "where event_id = :e and round = :r", String.class).setParameter("e", event).setParameter("r", round)
                .getSingleResultOrNull())
                .map(text -> text == null ? null : JsonText.read(json, text, FrozenStandings.class, "frozen standings"));
    }

    /** Keeps, for outsiders, every round's standings of these events as they are now. */
    private Uni<Void> freeze(Mutiny.Session s, List<Event> list) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Event event : list) {
            for (Round round : event.rounds) {
                chain = chain.chain(() -> frozenNow(event, round.code())).chain(frozen -> s.createNativeQuery(
                                "update standings_state set frozen_version = :v, frozen_snapshot = :j "
                                        + "where event_id = :e and round = :r")
                        .setParameter("v", frozen.version()).setParameter("j", JsonText.write(json, frozen))
                        .setParameter("e", event.number()).setParameter("r", round.code()).executeUpdate().replaceWithVoid());
            }
        }
        return chain;
    }

    /** Outsiders see the live (or hidden) standings of these events again. */
    private static Uni<Void> thaw(Mutiny.Session s, List<Event> list) {
        if (list.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return s.createNativeQuery("update standings_state set frozen_version = null, frozen_snapshot = null "
                        + "where event_id in (:events)")
                .setParameter("events", list.stream().map(Event::number).toList()).executeUpdate().replaceWithVoid();
    }

    /** The round's standings now, in the form kept while results are FROZEN. */
    private Uni<FrozenStandings> frozenNow(Event event, String round) {
        return live.view(event, round).map(view -> new FrozenStandings(view.version(), view.standings().entries().stream()
                .map(ResultsVisibilityService::frozen).toList()));
    }

    private static FrozenStandings.Entry frozen(StandingsEntry e) {
        return new FrozenStandings.Entry(e.registrationId(), e.rank(), e.total(), e.score().roundTotal(),
                e.score().modules().stream().map(m -> new FrozenStandings.Module(m.module(), m.score(), m.passed())).toList(),
                e.score().complete(), e.advanced(), e.award(), e.vetoReasons());
    }

}
