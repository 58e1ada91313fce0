package org.biwu.promotion;

import java.util.List;
import org.biwu.api.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The GraphQL inputs and payloads of year-end individual commendations (先进个人) in labor competitions. */
public final class CommendationInputs {

    private CommendationInputs() {
    }

    @Input("SetCommendationQuotaInput")
    @Description("How many of its workers a participating unit may nominate: 0 to 1000 persons.")
    public record SetCommendationQuotaInput(@NonNull @Id String registrationId, int quota) {
    }

    @Input("NominateForCommendationInput")
    @Description("""
            A worker of the participating unit, named as a registration names a person: the name (at most 100 characters),
            optionally the national id number (18 characters, or 5–20 letters and digits for another document) and the login;
            a person already on record with that number or login is that person. The citation (主要事迹) says what they did:
            at most 1000 characters.""")
    public record NominateForCommendationInput(@NonNull @Id String registrationId, @NonNull String name, String nationalId,
                                               String username, @NonNull String citation) {
    }

    @Input("DecideCommendationInput")
    @Description("The organizer's decision on a nomination; a rejection needs the note (at most 1000 characters).")
    public record DecideCommendationInput(@NonNull @Id String nominationId, boolean approve, String note) {
    }

    @Type("CommendationPayload")
    @Description("The competition's commendation as the caller sees it after the change, the nomination changed (if any), or why it was refused.")
    public record CommendationPayload(Commendation commendation, CommendationNomination nomination,
                                      @NonNull List<@NonNull UserError> userErrors) {
        public static CommendationPayload refused(List<UserError> errors) {
            return new CommendationPayload(null, null, errors);
        }
    }
}
