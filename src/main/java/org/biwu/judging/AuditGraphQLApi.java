package org.biwu.judging;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.biwu.api.LimitedInput;
import org.biwu.api.Payloads;
import org.biwu.competition.Event;
import org.biwu.competition.Round;
import org.biwu.judging.JudgingInputs.ModuleMarksInput;
import org.biwu.judging.JudgingInputs.ReopenMarksInput;
import org.biwu.judging.JudgingInputs.RoundPayload;
import org.biwu.judging.MarkAuditTrail.AuditEntryConnection;
import org.biwu.judging.MarkAuditTrail.AuditVerification;
import org.biwu.registration.Registration;
import org.biwu.registration.Registrations;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** The integrity of marks in the API: locks on a module's marks, double entry's discrepancies, the spread check, the event's audit trail and its verification. */
@GraphQLApi
@LimitedInput
@Authenticated
public class AuditGraphQLApi {

    @Inject
    Payloads payloads;

    @Inject
    MarkLocks locks;

    @Inject
    MarkAuditTrail trail;

    @Inject
    PanelService panels;

    @Inject
    Registrations registrations;

    @Inject
    SpreadWarnings spreads;

    @Inject
    MarkDiscrepancies discrepancies;

    @Mutation("lockMarks")
    @Description("Chief judge of the event's panel or organizer: no mark of the module in the round may change any more "
            + "(submitMarks answers WRONG_STATE naming the lock). While the competition is RUNNING or SCORING_CLOSED; "
            + "closing scoring locks every module. An entry of the audit trail.")
    public Uni<@NonNull RoundPayload> lockMarks(@NonNull ModuleMarksInput input) {
        return payloads.of(() -> locks.lock(input).map(RoundPayload::of), RoundPayload::refused);
    }

    @Mutation("reopenMarks")
    @Description("Organizer only, with a reason kept in the audit trail: the module's marks in the round take corrections "
            + "again (also after scoring was closed, until results are PUBLISHED).")
    public Uni<@NonNull RoundPayload> reopenMarks(@NonNull ReopenMarksInput input) {
        return payloads.of(() -> locks.reopen(input).map(RoundPayload::of), RoundPayload::refused);
    }

    @NonNull
    @Description("Modules whose marks are locked in this round, oldest lock first.")
    public Uni<List<@NonNull List<@NonNull ModuleLock>>> locks(@Source List<Round> rounds) {
        return locks.of(rounds);
    }

    @Description("Every change to the event's marks and locks, oldest first: `first` entries (100 when absent, at most 500) "
            + "after the cursor. Panel's chief judge, organizers (FORBIDDEN otherwise).")
    public Uni<@NonNull AuditEntryConnection> auditTrail(@Source Event event, Integer first, String after) {
        return trail.page(event, first, after);
    }

    @Description("Recomputes the audit trail's hash chain from the stored entries; names the first entry that does not "
            + "match (an entry changed, a mark changed without an entry, entries removed at the end). Panel's chief judge, organizers.")
    public Uni<@NonNull AuditVerification> auditVerification(@Source Event event) {
        return trail.verify(event);
    }

    @Description("Attempts whose marks lie further apart than their aspect's maxSpread, of one round when given: organizers, "
            + "the panel's chief judges and scorekeepers see all, a judge those of attempts they marked.")
    public Uni<@NonNull List<@NonNull SpreadWarning>> spreadWarnings(@Source Event event, String round) {
        return spreads.of(event, round);
    }

    @Description("Paper-sheet slots whose two entries differ (doubleEntry), for the chief judge to settle, of one round when "
            + "given: organizers, the panel's chief judges and scorekeepers.")
    public Uni<@NonNull List<@NonNull MarkDiscrepancy>> markDiscrepancies(@Source Event event, String round) {
        return discrepancies.of(event, round);
    }

    @NonNull
    @Name("registration")
    public Uni<List<@NonNull Registration>> discrepantRegistration(@Source List<MarkDiscrepancy> slots) {
        return registrations.byNumbers(slots.stream().map(MarkDiscrepancy::registrationNumber).distinct().toList())
                .map(regs -> slots.stream().map(d -> regs.get(d.registrationNumber())).toList());
    }

    @NonNull
    @Name("judge")
    public Uni<List<@NonNull JudgeAssignment>> discrepantJudge(@Source List<MarkDiscrepancy> slots) {
        return panels.byNumbers(slots.stream().map(MarkDiscrepancy::judgeNumber).distinct().toList())
                .map(judges -> slots.stream().map(d -> judges.get(d.judgeNumber())).toList());
    }

    @NonNull
    @Name("registration")
    public Uni<List<@NonNull Registration>> warnedRegistration(@Source List<SpreadWarning> warnings) {
        return registrations.byNumbers(warnings.stream().map(SpreadWarning::registrationNumber).distinct().toList())
                .map(regs -> warnings.stream().map(w -> regs.get(w.registrationNumber())).toList());
    }

    public Uni<List<Registration>> registration(@Source List<AuditEntry> entries) {
        return registrations.byNumbers(entries.stream().map(AuditEntry::registrationNumber).filter(Objects::nonNull).distinct().toList())
                .map(regs -> entries.stream().map(e -> e.registrationNumber() == null ? null : regs.get(e.registrationNumber())).toList());
    }

    public Uni<List<JudgeAssignment>> judge(@Source List<AuditEntry> entries) {
        return panels.byNumbers(entries.stream().map(AuditEntry::judgeNumber).filter(Objects::nonNull).distinct().toList())
                .map((Map<Long, JudgeAssignment> judges) -> entries.stream()
                        .map(e -> e.judgeNumber() == null ? null : judges.get(e.judgeNumber())).toList());
    }
}
