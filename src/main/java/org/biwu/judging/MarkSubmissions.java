package org.biwu.judging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.biwu.api.DomainException;
import org.biwu.api.Language;
import org.biwu.api.NodeId;
import org.biwu.api.Refusal;
import org.biwu.api.UserErrorCode;
import org.biwu.competition.Aspect;
import org.biwu.competition.CompetitionService;
import org.biwu.competition.CompetitionStatus;
import org.biwu.competition.ConflictPolicy;
import org.biwu.competition.Event;
import org.biwu.competition.EventCatalog;
import org.biwu.competition.Round;
import org.biwu.db.Database;
import org.biwu.judging.JudgingInputs.MarkInput;
import org.biwu.judging.JudgingInputs.SubmitMarksInput;
import org.biwu.judging.JudgingInputs.SubmitMarksPayload;
import org.biwu.outbox.StandingsOutbox;
import org.biwu.registration.Registration;
import org.biwu.registration.Registrations;
import org.biwu.security.Access;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * submitMarks: in one transaction, the request's idempotency key is claimed
 * ({@link SubmissionAnswers}), every mark is checked ({@link MarkValidation}) and the valid ones
 * are stored (new or corrected) with an audit row each, the standings change is recorded in the
 * {@link StandingsOutbox}, and the answer is kept for repeats of the request. Marks are taken
 * while the competition is RUNNING or, once scoring is closed, in modules an organizer reopened; never
 * in a locked module ({@link MarkLocks}). A judge marks for themselves, scorekeepers, chief judges and
 * organizers for any judge on the panel.
 */
@ApplicationScoped
public class MarkSubmissions {

    @Inject
    Database db;

    @Inject
    Access access;

    @Inject
    EventCatalog events;

    @Inject
    CompetitionService competitions;

    @Inject
    Registrations registrations;

    @Inject
    StandingsOutbox outbox;

    @Inject
    SubmissionAnswers answers;

    @Inject
    MarkLocks locks;

    @Inject
    Language language;

    /**
     * Stores the valid marks of {@code in} in one transaction with an audit row each and returns
     * the refused ones as user errors naming their index and field. With an idempotency key seen
     * before (for this caller), stores nothing and returns the first answer, also when the two
     * requests race: the second waits on the key's row until the first commits.
     */
    public Uni<SubmitMarksPayload> submit(SubmitMarksInput in) {
        String user = access.username();
        long eventNumber = NodeId.parse("Event", in.eventId(), "eventId");
        return events.find(eventNumber).chain(event -> {
            if (event == null) {
                throw DomainException.notFound(m -> m.thing("Event"), in.eventId(), "eventId");
            }
            return db.write(s -> answers.claim(s, user, in.idempotencyKey(), eventNumber).chain(first -> first != null
                    ? Uni.createFrom().item(first)
                    : competitions.markingState(s, eventNumber).chain(state -> (state.revision() == event.revision()
                                    ? Uni.createFrom().item(event) : events.fresh(s, eventNumber))
                            .chain(current -> new Submission(s, current, user, in).run(state.status())))
                        .call(answer -> in.idempotencyKey() == null ? Uni.createFrom().voidItem()
                                : answers.remember(s, user, in.idempotencyKey(), answer))))
                    // stored marks without a version: the one their change makes is known once it commits
                    .chain(answer -> answer.accepted() > 0 && answer.leaderboardVersion() == null
                            ? outbox.version(eventNumber, in.marks().get(0).round())
                                    .map(v -> new SubmitMarksPayload(answer.accepted(), answer.userErrors(), v))
                            : Uni.createFrom().item(answer));
        });
    }

    /**
     * In {@code s}'s transaction, for an upheld appeal (仲裁) of a published competition: stores the
     * corrections as the organizer's, past the locks and the competition's status, each audited
     * APPEAL_CORRECTED with {@code reason}; the standings follow. Returns the refusals (paths name
     * {@code corrections[index]}); the caller stores nothing when there are any.
     */
    public Uni<List<Refusal>> correctByAppeal(Mutiny.Session s, Event event, List<MarkInput> corrections, String reason) {
        Submission correction = new Submission(s, event, access.username(), new SubmitMarksInput(event.getId(), null, corrections), reason);
        return PanelService.assignments(s, event.number()).chain(panel -> correction.withPanel(panel, true))
                .map(answer -> correction.errors.stream().map(r -> r.field() != null && !r.field().isEmpty() && r.field().get(0).equals("marks")
                        ? new Refusal(r.code(), r.problem(), java.util.stream.Stream.concat(java.util.stream.Stream.of("corrections"),
                                r.field().stream().skip(1)).toList()) : r).toList());
    }

    /** The slot of one mark: registration, round, aspect, attempt. */
    private record Slot(long registration, String round, String aspect, int attempt) {
    }

    /** One submitMarks request, validated and stored mark by mark. */
    private final class Submission {
        private final Mutiny.Session s;
        private final Event event;
        private final String user;
        private final SubmitMarksInput in;
        private final List<Refusal> errors = new ArrayList<>();
        private final OffsetDateTime now = OffsetDateTime.now();
        private final MarkValidation checks;
        private final Map<MarkLocks.Key, ModuleLock> locked = new HashMap<>();
        /** The caller knows the event's registrations only by their draw codes (PanelStanding.knowsOnlyDrawCodes). */
        private boolean anonymousToCaller;

        /** An upheld appeal's decision note: the marks are appeal corrections (locks pass); null for submitMarks. */
        private final String appealDecision;

        Submission(Mutiny.Session s, Event event, String user, SubmitMarksInput in) {
            this(s, event, user, in, null);
        }

        Submission(Mutiny.Session s, Event event, String user, SubmitMarksInput in, String appealDecision) {
            this.s = s;
            this.event = event;
            this.user = user;
            this.in = in;
            this.checks = new MarkValidation(event, errors);
            this.appealDecision = appealDecision;
        }

        /** Stores the marks, the competition being in {@code status}. */
        Uni<SubmitMarksPayload> run(CompetitionStatus status) {
            // after closing, only modules an organizer reopened take marks (closing locks every module)
            if (status != CompetitionStatus.RUNNING && status != CompetitionStatus.SCORING_CLOSED) {
                for (int i = 0; i < in.marks().size(); i++) {
                    errors.add(Refusal.of(UserErrorCode.WRONG_STATE,
                            m -> m.marksWhileRunning(m.competitionStatus(status.name())), "marks", i));
                }
                return Uni.createFrom().item(answer(0, null));
            }
            return locks.locked(s, event.number()).invoke(locked::putAll).chain(() -> PanelService.assignments(s, event.number()))
                    .chain(panel -> competitions.organizes(event.competitionNumber()).chain(organizer -> withPanel(panel, organizer)));
        }

        private Uni<SubmitMarksPayload> withPanel(List<JudgeAssignmentEntity> panel, boolean organizer) {
            // a judge who was replaced neither marks nor enters marks any more
            List<JudgeAssignmentEntity> mine = panel.stream().filter(a -> user.equals(a.username) && a.active()).toList();
            boolean forOthers = organizer || mine.stream().anyMatch(a -> a.role != JudgeRole.JUDGE);
            Optional<JudgeAssignmentEntity> own = mine.stream().filter(a -> a.role.marks()).findFirst();
            if (!forOthers && own.isEmpty()) {
                errors.add(Refusal.of(UserErrorCode.FORBIDDEN, m -> m.notOnPanel(), "eventId"));
                return Uni.createFrom().item(answer(0, null));
            }
            Map<Long, JudgeAssignmentEntity> judges = new HashMap<>();
            panel.forEach(a -> judges.put(a.id, a));
            Set<Long> registrationNumbers = new LinkedHashSet<>();
            Set<String> rounds = new LinkedHashSet<>();
            for (MarkInput m : in.marks()) {
                MarkValidation.NodeIdOrNull.parse("Registration", m.registrationId()).ifPresent(registrationNumbers::add);
                rounds.add(m.round());
            }
            anonymousToCaller = event.anonymousJudging && !organizer && !mine.isEmpty() && mine.stream().allMatch(a -> a.role == JudgeRole.JUDGE);
            // double entry: a scorekeeper's entry for a judge waits for a second scorekeeper's; a chief judge or organizer settles
            boolean typesPaper = event.doubleEntry && !organizer && mine.stream().noneMatch(a -> a.role == JudgeRole.CHIEF_JUDGE);
            return registrations.load(s, null, registrationNumbers).chain(regs -> s.createSelectionQuery(
                            "from MarkEntity where registrationId in :r and round in :rounds", MarkEntity.class)
                    .setParameter("r", registrationNumbers.isEmpty() ? List.of(-1L) : List.copyOf(registrationNumbers))
                    .setParameter("rounds", List.copyOf(rounds)).getResultList()
                    .chain(stored -> (event.doubleEntry ? PaperEntries.load(s, event.number(), registrationNumbers, rounds)
                            : Uni.createFrom().item(Map.<PaperEntries.JudgeSlot, List<PaperEntries.PaperEntry>>of()))
                            .chain(paper -> store(regs, stored, judges, forOthers, own.orElse(null), typesPaper ? paper : null,
                                    paper))));
        }

        /**
         * {@code typed}: the waiting paper entries when the caller's entries for judges are paper entries (double
         * entry, a scorekeeper), else null; {@code waiting}: the event's waiting entries of these slots (empty without double entry).
         */
        private Uni<SubmitMarksPayload> store(Map<Long, Registration> regs, List<MarkEntity> stored,
                                              Map<Long, JudgeAssignmentEntity> judges, boolean forOthers,
                                              JudgeAssignmentEntity own, Map<PaperEntries.JudgeSlot, List<PaperEntries.PaperEntry>> typed,
                                              Map<PaperEntries.JudgeSlot, List<PaperEntries.PaperEntry>> waiting) {
            Map<Slot, Map<Long, MarkEntity>> slots = new HashMap<>();
            for (MarkEntity m : stored) {
                slots.computeIfAbsent(new Slot(m.registrationId, m.round, m.aspect, m.attempt), k -> new LinkedHashMap<>()).put(m.judgeId, m);
            }
            int accepted = 0;
            List<MarkEntity> created = new ArrayList<>();
            // audit rows in order, each with its mark (whose id a new mark gets only when flushed)
            Map<MarkAuditEntity, MarkEntity> audits = new LinkedHashMap<>();
            Map<String, Set<Long>> changed = new LinkedHashMap<>();
            Set<PaperEntries.JudgeSlot> settled = new LinkedHashSet<>();
            Map<PaperEntries.JudgeSlot, PaperEntries.PaperEntry> typedNow = new LinkedHashMap<>();
            for (int i = 0; i < in.marks().size(); i++) {
                MarkInput m = in.marks().get(i);
                int before = errors.size();
                Registration reg = checks.registration(regs, m, i);
                Round round = reg == null ? null : checks.round(m, i);
                Aspect aspect = round == null ? null : checks.aspect(round, m, i);
                int attempt = m.attempt() == null ? 1 : m.attempt();
                BigDecimal value = aspect == null ? null : checks.value(aspect, m, i, attempt);
                BigDecimal difficulty = aspect == null ? null : checks.difficulty(aspect, m, i);
                String note = checks.note(m, i);
                if (aspect != null && errors.size() == before) {
                    ModuleLock lock = locked.get(new MarkLocks.Key(round.code(), round.moduleOf(aspect.code())));
                    if (lock != null) {
                        errors.add(Refusal.of(UserErrorCode.WRONG_STATE, t -> t.moduleLocked(lock.module(), lock.round(), lock.lockedBy()),
                                "marks", i, "aspect"));
                        continue;
                    }
                }
                JudgeAssignmentEntity judge = errors.size() > before ? null : checks.judge(judges, m, i, forOthers, own);
                if (errors.size() > before || judge == null || !checks.marksAspect(judge, aspect, i)) {
                    continue;
                }
                boolean conflict = MarkValidation.sameAffiliation(judge.affiliation, reg.affiliation);
                if (conflict && event.conflictPolicy == ConflictPolicy.BLOCK) {
                    // a judge of an anonymous event learns only that they are in conflict, not with whom
                    errors.add(Refusal.of(UserErrorCode.FORBIDDEN, anonymousToCaller
                            ? t -> t.recusalAnonymous(judge.name, reg.drawCode()) : t -> t.recusal(judge.name, reg.affiliation), "marks", i, "judgeId"));
                    continue;
                }
                Slot slot = new Slot(reg.number(), round.code(), aspect.code(), attempt);
                Map<Long, MarkEntity> inSlot = slots.computeIfAbsent(slot, k -> new LinkedHashMap<>());
                Optional<MarkEntity> other = inSlot.values().stream().filter(o -> !o.judgeId.equals(judge.id)).findFirst();
                if (other.isPresent() && !MarkValidation.sameDecimal(other.get().difficulty, difficulty)) {
                    String theirs = MarkValidation.plain(other.get().difficulty);
                    errors.add(Refusal.of(UserErrorCode.CONFLICT, t -> t.difficultyDiffers(theirs, MarkValidation.plain(difficulty)),
                            "marks", i, "difficulty"));
                    continue;
                }
                MarkEntity mark = inSlot.get(judge.id);
                if (mark == null && inSlot.size() >= aspect.judges()) {
                    errors.add(Refusal.of(UserErrorCode.LIMIT_EXCEEDED, t -> t.attemptFull(attempt, aspect.code(), aspect.judges()),
                            "marks", i, "judgeId"));
                    continue;
                }
                accepted++;
                PaperEntries.JudgeSlot judgeSlot = new PaperEntries.JudgeSlot(reg.number(), round.code(), aspect.code(), attempt, judge.id);
                if (typed != null && (own == null || !own.id.equals(judge.id))) {
                    BigDecimal typedValue = value;
                    // a second scorekeeper's same value confirms it, and so does the mark already stored
                    boolean confirmed = typed.getOrDefault(judgeSlot, List.of()).stream()
                            .anyMatch(e -> !e.enteredBy().equals(user) && e.agreesWith(typedValue, difficulty))
                            || mark != null && mark.value.compareTo(value) == 0 && MarkValidation.sameDecimal(mark.difficulty, difficulty);
                    if (!confirmed) {
                        // waits for a second scorekeeper's entry (the author's earlier entry is replaced)
                        typedNow.put(judgeSlot, new PaperEntries.PaperEntry(judgeSlot, value, difficulty, note, user, now));
                        continue;
                    }
                }
                if (waiting.containsKey(judgeSlot) || typedNow.containsKey(judgeSlot)) {
                    settled.add(judgeSlot);
                    typedNow.remove(judgeSlot);
                }
                if (mark == null) {
                    mark = new MarkEntity();
                    mark.eventId = event.number();
                    mark.registrationId = reg.number();
                    mark.round = round.code();
                    mark.aspect = aspect.code();
                    mark.attempt = attempt;
                    mark.judgeId = judge.id;
                    inSlot.put(judge.id, mark);
                    created.add(mark);
                    audits.put(audit(appealDecision != null ? AuditAction.APPEAL_CORRECTED : AuditAction.ENTERED, null, value, difficulty,
                            conflict, note), mark);
                } else if (mark.value.compareTo(value) != 0 || !MarkValidation.sameDecimal(mark.difficulty, difficulty) || mark.conflict != conflict
                        || !java.util.Objects.equals(mark.note, note)) {
                    audits.put(audit(appealDecision != null ? AuditAction.APPEAL_CORRECTED : AuditAction.CORRECTED, mark.value, value,
                            difficulty, conflict, note), mark);
                } else {
                    continue;
                }
                mark.value = value;
                mark.difficulty = difficulty;
                mark.conflict = conflict;
                mark.note = note;
                mark.updatedAt = now;
                mark.updatedBy = user;
                changed.computeIfAbsent(round.code(), r -> new LinkedHashSet<>()).add(reg.number());
            }
            int acceptedMarks = accepted;
            Map<String, Set<Long>> affected = event.standingsAffectedBy(changed);
            String firstRound = in.marks().isEmpty() ? null : in.marks().get(0).round();
            return PaperEntries.save(s, event.number(), settled, typedNow.values())
                    .chain(() -> s.persistAll(created.toArray())).call(s::flush)
                    .invoke(() -> audits.forEach((audit, mark) -> audit.markId = mark.id))
                    .chain(() -> s.persistAll(audits.keySet().toArray())).call(s::flush)
                    .chain(() -> outbox.marksChanged(s, event.number(), affected,
                            new StandingsOutbox.Answer(firstRound, user, in.idempotencyKey())))
                    // a rising version is known after COMMIT (submit reads it then)
                    .chain(() -> firstRound == null || affected.containsKey(firstRound) ? Uni.createFrom().<Integer>nullItem()
                            : outbox.version(event.number(), firstRound))
                    .map(version -> answer(acceptedMarks, version));
        }

        /** The answer, its refusals written in the caller's language (a repeated request gets them as first written). */
        private SubmitMarksPayload answer(int accepted, Integer version) {
            return new SubmitMarksPayload(accepted, language.write(errors), version);
        }

        private MarkAuditEntity audit(AuditAction action, BigDecimal previous, BigDecimal value, BigDecimal difficulty, boolean conflict,
                                      String note) {
            MarkAuditEntity a = new MarkAuditEntity();
            a.action = action;
            a.previousValue = previous;
            a.value = value;
            a.difficulty = difficulty;
            a.conflict = conflict;
            a.note = note;
            a.enteredBy = user;
            a.enteredAt = now;
            a.idempotencyKey = in.idempotencyKey();
            a.reason = appealDecision;
            return a;
        }
    }
}
