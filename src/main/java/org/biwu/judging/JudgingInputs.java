package org.biwu.judging;

import java.util.List;
import org.biwu.api.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The GraphQL inputs and payloads of judging. */
public final class JudgingInputs {

    private JudgingInputs() {
    }

    @Input("JudgeInput")
    public record JudgeInput(
            @NonNull String name,
            String affiliation,
            @NonNull JudgeRole role,
            @Description("Login name of the judge's account, so that the judge can enter their own marks.") String username) {
    }

    @Input("AssignJudgesInput")
    public record AssignJudgesInput(@NonNull @Id String eventId, @NonNull List<@NonNull JudgeInput> judges) {
    }

    @Type("JudgeAssignmentsPayload")
    public record JudgeAssignmentsPayload(List<@NonNull JudgeAssignment> judges, @NonNull List<@NonNull UserError> userErrors) {
        public static JudgeAssignmentsPayload refused(List<UserError> errors) {
            return new JudgeAssignmentsPayload(null, errors);
        }
    }

    @Input("MarkInput")
    public record MarkInput(
            @NonNull @Id String registrationId,
            @NonNull String round,
            @NonNull String aspect,
            @Description("1 when absent.") Integer attempt,
            @Description("Difficulty coefficient of this attempt (a dive's DD); all marks of one attempt must carry the same value.")
            Double difficulty,
            @Description("The judge the mark belongs to: required from scorekeepers, chief judges and organizers; implied for a judge entering their own.")
            @Id String judgeId,
            @NonNull Double value) {
    }

    @Input("SubmitMarksInput")
    @Description("Accepted only while the competition is RUNNING; otherwise every mark is refused with WRONG_STATE.")
    public record SubmitMarksInput(
            @NonNull @Id String eventId,
            @Description("Resubmitting a key already used returns the first result and stores nothing new; a key the caller first used for another event is refused (CONFLICT on idempotencyKey).") String idempotencyKey,
            @NonNull List<@NonNull MarkInput> marks) {
    }

    @Type("SubmitMarksPayload")
    @Description("A new value for a mark already stored replaces it and is kept in the audit trail as a correction.")
    public record SubmitMarksPayload(
            @Description("Marks stored or already stored with the same value.") int accepted,
            @NonNull List<@NonNull UserError> userErrors,
            @Description("Version of the standings of the marks' round after this change.") Integer leaderboardVersion) {
    }
}
