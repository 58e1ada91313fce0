package org.biwu.judging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.biwu.competition.Event;
import org.biwu.competition.EventCatalog;
import org.biwu.registration.Registration;
import org.biwu.security.Access;

/**
 * 二次加密 (anonymous judging): who knows a registration only by its draw code. In an event with
 * anonymousJudging, a caller whose places on the panel are all judges' ({@link PanelStanding#knowsOnlyDrawCodes})
 * sees a registration's draw code as its bib and as the competitor's name, and no affiliation, team, unit
 * or members, on every path that shows a registration ({@link AnonymousJudgingGraphQLApi} answers those
 * fields for every query, nested field and subscription). Who sees the draw code itself: the event's panel,
 * the competition's organizers and the registration's own members; for anyone else it would tie the code
 * to the name they see.
 */
@ApplicationScoped
public class AnonymousJudging {

    @Inject
    EventCatalog events;

    @Inject
    PanelService panels;

    @Inject
    Access access;

    /** What the caller may know of registrations of one event. */
    public record Knowledge(boolean drawCodeOnly, boolean drawCodeToo) {
        static final Knowledge EVERYTHING_BUT_THE_CODE = new Knowledge(false, false);
    }

    /** For each registration, in order, what the caller may know of it. */
    public Uni<List<Knowledge>> of(List<Registration> registrations) {
        Map<Long, Knowledge> byEvent = new HashMap<>();
        Uni<Void> all = Uni.createFrom().voidItem();
        for (Long number : registrations.stream().map(Registration::eventNumber).distinct().toList()) {
            all = all.chain(() -> events.find(number)).chain(event -> knowledge(event)).invoke(k -> byEvent.put(number, k)).replaceWithVoid();
        }
        String user = access.isAnonymous() ? null : access.username();
        return all.map(v -> registrations.stream().map(r -> {
            Knowledge k = byEvent.get(r.eventNumber());
            boolean member = user != null && r.members.stream().anyMatch(p -> user.equals(p.username()));
            return member && !k.drawCodeToo() ? new Knowledge(k.drawCodeOnly(), true) : k;
        }).toList());
    }

    /** What the caller may know of the registrations of {@code event}. */
    public Uni<Knowledge> knowledge(Event event) {
        if (event == null || !event.anonymousJudging || access.isAnonymous()) {
            return Uni.createFrom().item(Knowledge.EVERYTHING_BUT_THE_CODE);
        }
        return panels.standingOf(event).map(standing -> new Knowledge(standing.knowsOnlyDrawCodes(),
                standing.organizer() || !standing.places().isEmpty()));
    }
}
