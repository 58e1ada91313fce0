package org.biwu.registration;

import java.util.List;
import org.biwu.api.UserError;
import org.biwu.people.PersonCategory;
import org.biwu.people.SkillLevel;
import io.smallrye.graphql.api.Nullable;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The GraphQL inputs and payloads of registrations. */
public final class RegistrationInputs {

    private RegistrationInputs() {
    }

    @Input("TeamMemberInput")
    @Description("A further member of a TEAM registration.")
    public record TeamMemberInput(
            @NonNull String name,
            String affiliation,
            String nationalId,
            SkillLevel skillLevel,
            PersonCategory category,
            String username) {
    }

    @Input("CompetitorInput")
    @Description("One registration: a person in INDIVIDUAL events; in TEAM events the first member, with `team` naming the team and `members` the others.")
    public record CompetitorInput(
            @NonNull String name,
            String affiliation,
            @Description("Assigned when absent.") String bib,
            String team,
            @Description("National id number: stored encrypted, never returned in full; the same number means the same person across competitions.")
            String nationalId,
            SkillLevel skillLevel,
            PersonCategory category,
            @Description("Login name of the person's account, so that the worker sees their own results and record.")
            String username,
            @Nullable List<@NonNull TeamMemberInput> members) {
    }

    @Input("RegisterCompetitorsInput")
    public record RegisterCompetitorsInput(@NonNull @Id String eventId, @NonNull List<@NonNull CompetitorInput> competitors) {
    }

    @Type("RegistrationsPayload")
    public record RegistrationsPayload(List<@NonNull Registration> registrations, @NonNull List<@NonNull UserError> userErrors) {
        public static RegistrationsPayload refused(List<UserError> errors) {
            return new RegistrationsPayload(null, errors);
        }
    }
}
