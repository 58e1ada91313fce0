package org.biwu.judging;

import io.smallrye.graphql.api.Nullable;
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
            @Description("Login name of the judge's account, so that the judge can enter their own marks; refused when the "
                    + "identity server has no such account.") String username,
            @Description("Aspect codes this judge marks (WorldSkills assigns judge groups to aspects), in every round that "
                    + "has them; every aspect when absent or empty.") @Nullable List<@NonNull String> aspects) {
    }

    @Input("UpdateJudgeInput")
    @Description("A judge's place as it should read: name, affiliation, role and login corrected until scoring is closed. "
            + "A judge with marks keeps a marking role.")
    public record UpdateJudgeInput(
            @NonNull @Id String id,
            @NonNull String name,
            String affiliation,
            @NonNull JudgeRole role,
            String username) {
    }

    @Input("ReplaceJudgeInput")
    @Description("Another judge takes over a place (a judge falls ill, or must step aside): the marks given stay the "
            + "replaced judge's and count; the new judge marks from now on.")
    public record ReplaceJudgeInput(
            @NonNull @Id String id,
            @NonNull @Description("The new judge; the replaced judge's aspects when judge.aspects is absent.") JudgeInput judge) {
    }

    @Input("SetJudgeAspectsInput")
    @Description("The aspects a judge marks, by code, in every round that has them; an empty list: every aspect.")
    public record SetJudgeAspectsInput(@NonNull @Id String judgeId, @NonNull List<@NonNull String> aspects) {
    }

    @Type("JudgeAssignmentPayload")
    public record JudgeAssignmentPayload(JudgeAssignment judge, @NonNull List<@NonNull UserError> userErrors) {
        public static JudgeAssignmentPayload of(JudgeAssignment judge) {
            return new JudgeAssignmentPayload(judge, List.of());
        }

        public static JudgeAssignmentPayload refused(List<UserError> errors) {
            return new JudgeAssignmentPayload(null, errors);
        }
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
            @NonNull Double value,
            @Description("The assessor's note: what was inspected, what was found (e.g. 3月12日安全检查：未系安全带，扣2分); at most 500 "
                    + "characters. The mark is stored as sent: sent again without a note, it has none (a correction, in the audit trail).")
            String note) {
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

    @Input("ModuleMarksInput")
    @Description("A module of a round in one event: the marks of its aspects.")
    public record ModuleMarksInput(@NonNull @Id String eventId, @NonNull String round, @NonNull String module) {
    }

    @Input("ReopenMarksInput")
    public record ReopenMarksInput(
            @NonNull @Id String eventId,
            @NonNull String round,
            @NonNull String module,
            @NonNull @Description("Required: why the locked marks are opened again.") String reason) {
    }

    @Type("RoundPayload")
    public record RoundPayload(org.biwu.competition.Round round, @NonNull List<@NonNull UserError> userErrors) {
        public static RoundPayload of(org.biwu.competition.Round round) {
            return new RoundPayload(round, List.of());
        }

        public static RoundPayload refused(List<UserError> errors) {
            return new RoundPayload(null, errors);
        }
    }
}
