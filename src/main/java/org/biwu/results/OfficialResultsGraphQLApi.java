package org.biwu.results;

import io.quarkus.security.Authenticated;
import io.smallrye.graphql.api.Nullable;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import org.biwu.api.LimitedInput;
import org.biwu.api.Payloads;
import org.biwu.api.UserError;
import org.biwu.competition.Competition;
import org.biwu.competition.CompetitionPayloads.CompetitionPayload;
import org.biwu.judging.JudgingInputs.MarkInput;
import org.biwu.registration.Registration;
import org.biwu.registration.Registrations;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;

/** Official results in the API: publication with a notice period (成绩公示), appeals and their rulings, finalisation. */
@GraphQLApi
@LimitedInput
@Authenticated
public class OfficialResultsGraphQLApi {

    @Inject
    Payloads payloads;

    @Inject
    StatusMoves moves;

    @Inject
    Appeals appeals;

    @Inject
    Registrations registrations;

    @Input("PublishResultsInput")
    public record PublishResultsInput(
            @NonNull @Id String competitionId,
            @Description("Length of the notice period in days, 0 to 90; 0 allows finalising at once.") int noticeDays) {
    }

    @Input("FileAppealInput")
    public record FileAppealInput(
            @NonNull @Id String registrationId,
            @NonNull @Description("What is challenged and why, at most 2000 characters.") String reason) {
    }

    @Input("DecideAppealInput")
    public record DecideAppealInput(
            @NonNull @Id String id,
            boolean upheld,
            @NonNull @Description("The ruling's reasons, at most 2000 characters.") String note,
            @Description("Upheld only: the marks as they should be, stored with the audit action APPEAL_CORRECTED; they pass the "
                    + "locks of the closed or published competition. Refused ones come back as userErrors naming corrections[index].")
            @Nullable List<@NonNull MarkInput> corrections) {
    }

    @Type("AppealPayload")
    public record AppealPayload(Appeal appeal, @NonNull List<@NonNull UserError> userErrors) {
        static AppealPayload of(Appeal appeal) {
            return new AppealPayload(appeal, List.of());
        }

        static AppealPayload refused(List<UserError> errors) {
            return new AppealPayload(null, errors);
        }
    }

    @Mutation("publishResults")
    @Description("SCORING_CLOSED -> PUBLISHED: the standings become public and the notice period (公示期) of noticeDays days "
            + "starts; the final awards are kept. Organizers of the competition.")
    public Uni<@NonNull CompetitionPayload> publishResults(@NonNull PublishResultsInput input) {
        return payloads.of(() -> moves.publish(input.competitionId(), input.noticeDays()).map(CompetitionPayload::of),
                CompetitionPayload::refused);
    }

    @Mutation("finalizeResults")
    @Description("PUBLISHED -> FINAL once the notice period is over and no appeal is OPEN (WRONG_STATE naming them otherwise); "
            + "the final awards are kept again. Organizers of the competition.")
    public Uni<@NonNull CompetitionPayload> finalizeResults(@NonNull @Id String competitionId) {
        return payloads.of(() -> moves.finalizeResults(competitionId).map(CompetitionPayload::of), CompetitionPayload::refused);
    }

    @Mutation("fileAppeal")
    @Description("申诉, during the notice period: the competitor (by login), an ORGANIZER of the competitor's unit, or of the "
            + "competition (FORBIDDEN otherwise; WRONG_STATE outside the period).")
    public Uni<@NonNull AppealPayload> fileAppeal(@NonNull FileAppealInput input) {
        return payloads.of(() -> appeals.file(input.registrationId(), input.reason()).map(AppealPayload::of), AppealPayload::refused);
    }

    @Mutation("decideAppeal")
    @Description("仲裁 by an ORGANIZER of the competition, while the results are PUBLISHED: upheld (with the corrections it calls "
            + "for; the standings follow) or dismissed, with a note. Nothing is stored when a correction is refused.")
    public Uni<@NonNull AppealPayload> decideAppeal(@NonNull DecideAppealInput input) {
        return payloads.of(() -> appeals.decide(input.id(), input.upheld(), input.note(), input.corrections()).map(AppealPayload::of),
                AppealPayload::refused);
    }

    @Description("Appeals of the competition, oldest first: organizers see all; anyone else those they filed and those of "
            + "their own registrations.")
    public Uni<@NonNull List<@NonNull Appeal>> appeals(@Source Competition competition) {
        return appeals.of(competition);
    }

    @NonNull
    public Uni<List<@NonNull Registration>> registration(@Source List<Appeal> list) {
        return registrations.byNumbers(list.stream().map(Appeal::registrationNumber).distinct().toList())
                .map(regs -> list.stream().map(a -> regs.get(a.registrationNumber())).toList());
    }
}
