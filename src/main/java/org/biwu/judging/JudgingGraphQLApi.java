package org.biwu.judging;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.biwu.api.Payloads;
import org.biwu.competition.Event;
import org.biwu.competition.EventCatalog;
import org.biwu.judging.JudgingInputs.AssignJudgesInput;
import org.biwu.judging.JudgingInputs.JudgeAssignmentsPayload;
import org.biwu.judging.JudgingInputs.SubmitMarksInput;
import org.biwu.judging.JudgingInputs.SubmitMarksPayload;
import org.biwu.registration.Registration;
import org.biwu.registration.RegistrationService;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@Authenticated
public class JudgingGraphQLApi {

    @Inject
    Payloads payloads;

    @Inject
    JudgingService judging;

    @Inject
    EventCatalog events;

    @Inject
    RegistrationService registrations;

    @Mutation("assignJudges")
    @Description("Adds judges, chief judges and scorekeepers to an event's panel. Organizers.")
    public Uni<@NonNull JudgeAssignmentsPayload> assignJudges(@NonNull AssignJudgesInput input) {
        return payloads.of(Uni.createFrom().deferred(() -> judging.assign(input))
                .map(list -> new JudgeAssignmentsPayload(list, List.of())), JudgeAssignmentsPayload::refused);
    }

    @Mutation("submitMarks")
    @Description("""
            Stores the valid marks in one transaction with an audit row each; refused marks come back as userErrors \
            naming marks[index] and the field (value above the aspect's maximum, attempt out of range, difficulty \
            differing within an attempt, judge not on the panel, conflict of interest under BLOCK …). \
            Judges enter their own marks; scorekeepers, chief judges and organizers enter marks on a judge's behalf with judgeId.""")
    public Uni<@NonNull SubmitMarksPayload> submitMarks(@NonNull SubmitMarksInput input) {
        return payloads.of(Uni.createFrom().deferred(() -> judging.submit(input)),
                errors -> new SubmitMarksPayload(0, errors, null));
    }

    public Uni<@NonNull List<@NonNull JudgeAssignment>> judges(@Source Event event) {
        return judging.panel(event.number());
    }

    @Description("Marks the caller may see: a judge their own, the panel's chief judge, scorekeepers and organizers all; filtered by round and registration when given.")
    public Uni<@NonNull List<@NonNull Mark>> marks(@Source Event event, String round, @Id String registrationId) {
        return judging.marks(event, round, registrationId);
    }

    @Description("The caller's places on judging panels (judge, chief judge, scorekeeper), newest first: the judge pad's list of events.")
    public Uni<@NonNull List<@NonNull JudgeAssignment>> judgeAssignments(@Source org.biwu.security.Viewer viewer) {
        return judging.placesOf(viewer.username());
    }

    public Uni<@NonNull Event> event(@Source JudgeAssignment judge) {
        return events.find(judge.eventNumber());
    }

    @NonNull
    public Uni<List<@NonNull Registration>> registration(@Source List<Mark> marks) {
        return registrations.byNumbers(marks.stream().map(Mark::registrationNumber).distinct().toList())
                .map(regs -> marks.stream().map(m -> regs.get(m.registrationNumber())).toList());
    }

    @NonNull
    public Uni<List<@NonNull JudgeAssignment>> judge(@Source List<Mark> marks) {
        return judging.assignmentsByNumber(marks.stream().map(Mark::judgeNumber).distinct().toList())
                .map((Map<Long, JudgeAssignment> judges) -> marks.stream().map(m -> judges.get(m.judgeNumber())).toList());
    }
}
