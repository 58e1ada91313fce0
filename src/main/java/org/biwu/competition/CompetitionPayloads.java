package org.biwu.competition;

import java.util.List;
import org.biwu.api.UserError;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The GraphQL payloads of competitions and events: the result, or why it was refused. */
public final class CompetitionPayloads {

    private CompetitionPayloads() {
    }

    @Type("CompetitionPayload")
    public record CompetitionPayload(Competition competition, @NonNull List<@NonNull UserError> userErrors) {
        public static CompetitionPayload of(Competition c) {
            return new CompetitionPayload(c, List.of());
        }

        public static CompetitionPayload refused(List<UserError> errors) {
            return new CompetitionPayload(null, errors);
        }
    }

    @Type("EventPayload")
    public record EventPayload(Event event, @NonNull List<@NonNull UserError> userErrors) {
        public static EventPayload of(Event e) {
            return new EventPayload(e, List.of());
        }

        public static EventPayload refused(List<UserError> errors) {
            return new EventPayload(null, errors);
        }
    }
}
