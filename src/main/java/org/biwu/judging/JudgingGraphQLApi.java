package org.biwu.judging;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.biwu.api.LimitedInput;
import org.biwu.api.Payloads;
import org.biwu.competition.Event;
import org.biwu.competition.EventCatalog;
import org.biwu.judging.JudgingInputs.AssignJudgesInput;
import org.biwu.judging.JudgingInputs.JudgeAssignmentPayload;
import org.biwu.judging.JudgingInputs.JudgeAssignmentsPayload;
import org.biwu.judging.JudgingInputs.ReplaceJudgeInput;
import org.biwu.judging.JudgingInputs.SetJudgeAspectsInput;
import org.biwu.judging.JudgingInputs.SubmitMarksInput;
import org.biwu.judging.JudgingInputs.SubmitMarksPayload;
import org.biwu.judging.JudgingInputs.UpdateJudgeInput;
import org.biwu.registration.Registration;
import org.biwu.registration.Registrations;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** The judging part of the API: panels and their corrections, submitMarks, marks and the caller's places on panels. */
@GraphQLApi
@LimitedInput
@Authenticated
public class JudgingGraphQLApi {

    @Inject
    Payloads payloads;

    @Inject
    MarkSubmissions submissions;

    @Inject
    VisibleMarks visibleMarks;

    @Inject
    PanelService panels;

    @Inject
    EventCatalog events;

    @Inject
    Registrations registrations;

    @Mutation("assignJudges")
    @Description("Adds judges, chief judges and scorekeepers to an event's panel, with the aspects each judge marks. "
            + "A login the identity server does not know is refused. Organizers, until scoring is closed.")
    public Uni<@NonNull JudgeAssignmentsPayload> assignJudges(@NonNull AssignJudgesInput input) {
        return payloads.of(() -> panels.assign(input)
                .map(list -> new JudgeAssignmentsPayload(list, List.of())), JudgeAssignmentsPayload::refused);
    }

    @Mutation("updateJudge")
    @Description("Corrects a judge's name, affiliation, role or login (checked with the identity server). Organizers, "
            + "until scoring is closed; a judge with marks keeps a marking role. Kept in the competition's history.")
    public Uni<@NonNull JudgeAssignmentPayload> updateJudge(@NonNull UpdateJudgeInput input) {
        return payloads.of(() -> panels.update(input).map(JudgeAssignmentPayload::of),
                JudgeAssignmentPayload::refused);
    }

    @Mutation("removeJudge")
    @Description("Takes a judge who has given no marks off the panel (one with marks is replaced instead: WRONG_STATE). "
            + "Organizers, until scoring is closed. Returns the judge removed. Kept in the competition's history.")
    public Uni<@NonNull JudgeAssignmentPayload> removeJudge(@NonNull @Id String id) {
        return payloads.of(() -> panels.remove(id).map(JudgeAssignmentPayload::of),
                JudgeAssignmentPayload::refused);
    }

    @Mutation("replaceJudge")
    @Description("Another judge takes over a place: the replaced judge's marks stay and count, and their place no longer "
            + "marks (active false); the new judge marks from now on, the replaced judge's aspects unless others are given. "
            + "Organizers, until scoring is closed. Returns the new judge. Kept in the competition's history.")
    public Uni<@NonNull JudgeAssignmentPayload> replaceJudge(@NonNull ReplaceJudgeInput input) {
        return payloads.of(() -> panels.replace(input).map(JudgeAssignmentPayload::of),
                JudgeAssignmentPayload::refused);
    }

    @Mutation("setJudgeAspects")
    @Description("The aspects a judge marks (WorldSkills assigns judge groups to aspects); their marks on other aspects, "
            + "and a scorekeeper's entries for them, are refused (FORBIDDEN). An empty list: every aspect. "
            + "Organizers, until scoring is closed. Kept in the competition's history.")
    public Uni<@NonNull JudgeAssignmentPayload> setJudgeAspects(@NonNull SetJudgeAspectsInput input) {
        return payloads.of(() -> panels.setAspects(input).map(JudgeAssignmentPayload::of),
                JudgeAssignmentPayload::refused);
    }

    @Mutation("submitMarks")
    @Description("""
            Stores the valid marks in one transaction with an audit row each; refused marks come back as userErrors \
            naming marks[index] and the field (value above the aspect's maximum, attempt out of range, difficulty \
            differing within an attempt, judge not on the panel, replaced, or not given the aspect, conflict of \
            interest under BLOCK …). Judges enter their own marks; scorekeepers, chief judges and organizers enter \
            marks on a judge's behalf with judgeId.""")
    public Uni<@NonNull SubmitMarksPayload> submitMarks(@NonNull SubmitMarksInput input) {
        return payloads.of(() -> submissions.submit(input),
                errors -> new SubmitMarksPayload(0, errors, null));
    }

    @Description("The event's panel in the order it was made, replaced judges too (they keep their marks).")
    public Uni<@NonNull List<@NonNull JudgeAssignment>> judges(@Source Event event) {
        return panels.panel(event.number());
    }

    @Description("Marks the caller may see: a judge their own, the panel's chief judge, scorekeepers and organizers all; filtered by round and registration when given.")
    public Uni<@NonNull List<@NonNull Mark>> marks(@Source Event event, String round, @Id String registrationId) {
        return visibleMarks.of(event, round, registrationId);
    }

    @Description("The caller's places on judging panels (judge, chief judge, scorekeeper), newest first: the judge pad's list of events.")
    public Uni<@NonNull List<@NonNull JudgeAssignment>> judgeAssignments(@Source org.biwu.security.Viewer viewer) {
        return panels.placesOf(viewer.username());
    }

    public Uni<@NonNull Event> event(@Source JudgeAssignment judge) {
        return events.find(judge.eventNumber());
    }

    @Description("The judge who took over this place; null while this judge marks.")
    public Uni<List<JudgeAssignment>> replacedBy(@Source List<JudgeAssignment> judges) {
        return panels.byNumbers(judges.stream().map(JudgeAssignment::replacedByNumber).filter(java.util.Objects::nonNull).distinct().toList())
                .map(found -> judges.stream().map(j -> j.replacedByNumber() == null ? null : found.get(j.replacedByNumber())).toList());
    }

    @NonNull
    @Description("How many marks this judge has given: they stay when the judge is replaced, and a judge with marks "
            + "is replaced rather than removed.")
    public Uni<List<@NonNull Integer>> marksGiven(@Source List<JudgeAssignment> judges) {
        return panels.marksGiven(judges.stream().map(JudgeAssignment::number).toList())
                .map(given -> judges.stream().map(j -> given.getOrDefault(j.number(), 0L).intValue()).toList());
    }

    @NonNull
    public Uni<List<@NonNull Registration>> registration(@Source List<Mark> marks) {
        return registrations.byNumbers(marks.stream().map(Mark::registrationNumber).distinct().toList())
                .map(regs -> marks.stream().map(m -> regs.get(m.registrationNumber())).toList());
    }

    @NonNull
    public Uni<List<@NonNull JudgeAssignment>> judge(@Source List<Mark> marks) {
        return panels.byNumbers(marks.stream().map(Mark::judgeNumber).distinct().toList())
                .map((Map<Long, JudgeAssignment> judges) -> marks.stream().map(m -> judges.get(m.judgeNumber())).toList());
    }
}
