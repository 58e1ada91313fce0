package org.biwu.live;

import java.util.Map;
import org.biwu.competition.Event;
import org.biwu.registration.Registration;
import org.biwu.scoring.Standings;

/**
 * One version of a round's live standings, immutable: what the panel sees, and what every
 * outsider's view is derived from.
 *
 * @param registrations every registration of the event, by number
 */
public record BoardView(Event event, String round, int version, Standings standings, Map<Long, Registration> registrations) {
}
