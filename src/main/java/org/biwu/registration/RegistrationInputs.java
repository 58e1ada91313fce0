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
            @Nullable List<@NonNull TeamMemberInput> members,
            @Id @Description("The competitor's employer or school (its unit in a labor competition): any organization, inside the "
                    + "competition's organization or not (open contests take workers from elsewhere). Becomes the unit the "
                    + "registration competes for, and the employer of the persons it registers who have none on record yet.")
            String organizationId,
            @Description("Workers the unit brings into the competition (参赛职工人数), for statistics; 0 or more.")
            Integer participants) {
    }

    @Input("RegisterCompetitorsInput")
    public record RegisterCompetitorsInput(@NonNull @Id String eventId, @NonNull List<@NonNull CompetitorInput> competitors) {
    }

    @Input("RegistrationMemberInput")
    @Description("A further member of a TEAM registration, as it should read: personId keeps that member (their name, level "
            + "and category corrected); without personId the member is found or added as in registerCompetitors.")
    public record RegistrationMemberInput(
            @Id String personId,
            @NonNull String name,
            String affiliation,
            String nationalId,
            SkillLevel skillLevel,
            PersonCategory category,
            String username) {
    }

    @Input("UpdateRegistrationInput")
    @Description("""
            A registration as it should read, corrected until results are PUBLISHED: the competitor's name (the person's, \
            a spelling corrected everywhere), unit, bib, team, skill level and category as registered (the person's \
            current level follows when it was the one registered), login, and in TEAM events the other members. A \
            national id number can be added to a person who has none, never changed (withdraw and register the right \
            person instead). The standings follow; the correction is kept in the competition's history.""")
    public record UpdateRegistrationInput(
            @NonNull @Id String id,
            @NonNull String name,
            @Description("The unit competed for (employer, delegation); a judge of the same unit is in conflict.") String affiliation,
            @NonNull String bib,
            String team,
            String nationalId,
            SkillLevel skillLevel,
            PersonCategory category,
            @Description("Unchanged when absent.") String username,
            @Nullable List<@NonNull RegistrationMemberInput> members) {
    }

    @Type("RegistrationPayload")
    public record RegistrationPayload(Registration registration, @NonNull List<@NonNull UserError> userErrors) {
        public static RegistrationPayload of(Registration registration) {
            return new RegistrationPayload(registration, List.of());
        }

        public static RegistrationPayload refused(List<UserError> errors) {
            return new RegistrationPayload(null, errors);
        }
    }

    @Type("RegistrationsPayload")
    public record RegistrationsPayload(List<@NonNull Registration> registrations, @NonNull List<@NonNull UserError> userErrors) {
        public static RegistrationsPayload refused(List<UserError> errors) {
            return new RegistrationsPayload(null, errors);
        }
    }
}
