package org.biwu.judging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.biwu.api.DomainException;
import org.biwu.api.NodeId;
import org.biwu.api.Language;
import org.biwu.api.Refusal;
import org.biwu.api.UserError;
import org.biwu.api.UserErrorCode;
import org.biwu.competition.Aspect;
import org.biwu.competition.CompetitionService;
import org.biwu.competition.CompetitionStatus;
import org.biwu.competition.ConflictPolicy;
import org.biwu.competition.Event;
import org.biwu.competition.EventCatalog;
import org.biwu.competition.Round;
import org.biwu.db.Database;
import org.biwu.judging.JudgingInputs.AssignJudgesInput;
import org.biwu.judging.JudgingInputs.JudgeInput;
import org.biwu.judging.JudgingInputs.MarkInput;
import org.biwu.judging.JudgingInputs.SubmitMarksInput;
import org.biwu.judging.JudgingInputs.SubmitMarksPayload;
import org.biwu.live.StandingsChanges;
import org.biwu.registration.Registration;
import org.biwu.registration.RegistrationService;
import org.biwu.security.Access;
import org.biwu.security.Role;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Judge assignments and marks: who may mark whom, validation of every mark, storage with an audit
 * row each in one transaction, idempotent resubmission, and the standings change it causes.
 */
@ApplicationScoped
public class JudgingService {

    /** Decimals a stored mark or difficulty keeps (numeric(12, 4)). */
    static final int MAX_DECIMALS = 4;

    @Inject
    Database db;

    @Inject
    Access access;

    @Inject
    EventCatalog events;

    @Inject
    CompetitionService competitions;

    @Inject
    RegistrationService registrations;

    @Inject
    StandingsChanges changes;

    @Inject
    ObjectMapper json;

    @Inject
    io.vertx.mutiny.sqlclient.Pool pool;

    @Inject
    Language language;

    @Inject
    PanelService panels;

    // ------------------------------------------------------------ marks

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
            return db.write(s -> claim(s, user, in.idempotencyKey(), eventNumber).chain(first -> first != null
                    ? Uni.createFrom().item(first)
                    : competitions.markingState(s, eventNumber).chain(state -> (state.revision() == event.revision()
                                    ? Uni.createFrom().item(event) : events.fresh(s, eventNumber))
                            .chain(current -> new Submission(s, current, user, in).run(state.status())))
                        .call(answer -> in.idempotencyKey() == null ? Uni.createFrom().voidItem()
                                : s.createNativeQuery("update mark_submission set answer = :a "
                                        + "where username = :u and idempotency_key = :k")
                                .setParameter("a", write(answer)).setParameter("u", user)
                                .setParameter("k", in.idempotencyKey()).executeUpdate().replaceWithVoid())))
                    // stored marks without a version: the one their change makes is known once it commits
                    .chain(answer -> answer.accepted() > 0 && answer.leaderboardVersion() == null
                            ? changes.version(eventNumber, in.marks().get(0).round())
                                    .map(v -> new SubmitMarksPayload(answer.accepted(), answer.userErrors(), v))
                            : Uni.createFrom().item(answer));
        });
    }

    /**
     * Null when the key is new (or absent) and now taken by this transaction; else the first answer,
     * or a CONFLICT when the key was first used for another event.
     */
    private Uni<SubmitMarksPayload> claim(Mutiny.Session s, String user, String key, long eventNumber) {
        if (key == null) {
            return Uni.createFrom().nullItem();
        }
        return s.createNativeQuery("insert into mark_submission (username, idempotency_key, event_id) values (:u, :k, :e) "
                        + "on conflict do nothing")
                .setParameter("u", user).setParameter("k", key).setParameter("e", eventNumber).executeUpdate()
                .chain(inserted -> inserted == 1 ? Uni.createFrom().nullItem()
                        : s.createNativeQuery("select answer, event_id from mark_submission "
                                        + "where username = :u and idempotency_key = :k", Object[].class)
                        .setParameter("u", user).setParameter("k", key).getSingleResult()
                        .map(row -> ((Number) row[1]).longValue() == eventNumber ? read((String) row[0])
                                // the key names another event's submission: its answer says nothing about this one
                                : new SubmitMarksPayload(0, List.of(language.write(Refusal.of(UserErrorCode.CONFLICT,
                                        m -> m.keyOfAnotherEvent(), "idempotencyKey"))), null)));
    }

    private String write(SubmitMarksPayload answer) {
        try {
            return json.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private SubmitMarksPayload read(String text) {
        try {
            return json.readValue(text, SubmitMarksPayload.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answer unreadable", e);
        }
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

        Submission(Mutiny.Session s, Event event, String user, SubmitMarksInput in) {
            this.s = s;
            this.event = event;
            this.user = user;
            this.in = in;
        }

        /** Stores the marks, the competition being in {@code status}. */
        Uni<SubmitMarksPayload> run(CompetitionStatus status) {
            if (status != CompetitionStatus.RUNNING) {
                for (int i = 0; i < in.marks().size(); i++) {
                    errors.add(Refusal.of(UserErrorCode.WRONG_STATE,
                            m -> m.marksWhileRunning(m.competitionStatus(status.name())), "marks", i));
                }
                return Uni.createFrom().item(answer(0, null));
            }
            return PanelService.assignments(s, event.number()).chain(this::withPanel);
        }

        private Uni<SubmitMarksPayload> withPanel(List<JudgeAssignmentEntity> panel) {
            boolean organizer = access.has(Role.ORGANIZER);
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
                NodeIdOrNull.parse("Registration", m.registrationId()).ifPresent(registrationNumbers::add);
                rounds.add(m.round());
            }
            return registrations.load(s, null, registrationNumbers).chain(regs -> s.createSelectionQuery(
                            "from MarkEntity where registrationId in :r and round in :rounds", MarkEntity.class)
                    .setParameter("r", registrationNumbers.isEmpty() ? List.of(-1L) : List.copyOf(registrationNumbers))
                    .setParameter("rounds", List.copyOf(rounds)).getResultList()
                    .chain(stored -> store(regs, stored, judges, forOthers, own.orElse(null))));
        }

        private Uni<SubmitMarksPayload> store(Map<Long, Registration> regs, List<MarkEntity> stored,
                                              Map<Long, JudgeAssignmentEntity> judges, boolean forOthers,
                                              JudgeAssignmentEntity own) {
            Map<Slot, Map<Long, MarkEntity>> slots = new HashMap<>();
            for (MarkEntity m : stored) {
                slots.computeIfAbsent(new Slot(m.registrationId, m.round, m.aspect, m.attempt), k -> new LinkedHashMap<>()).put(m.judgeId, m);
            }
            int accepted = 0;
            List<MarkEntity> created = new ArrayList<>();
            // audit rows in order, each with its mark (whose id a new mark gets only when flushed)
            Map<MarkAuditEntity, MarkEntity> audits = new LinkedHashMap<>();
            Map<String, Set<Long>> changed = new LinkedHashMap<>();
            for (int i = 0; i < in.marks().size(); i++) {
                MarkInput m = in.marks().get(i);
                int before = errors.size();
                Registration reg = registration(regs, m, i);
                Round round = reg == null ? null : round(m, i);
                Aspect aspect = round == null ? null : aspect(round, m, i);
                int attempt = m.attempt() == null ? 1 : m.attempt();
                BigDecimal value = aspect == null ? null : value(aspect, m, i, attempt);
                BigDecimal difficulty = aspect == null ? null : difficulty(aspect, m, i);
                JudgeAssignmentEntity judge = errors.size() > before ? null : judge(judges, m, i, forOthers, own);
                if (errors.size() > before || judge == null || !marksAspect(judge, aspect, i)) {
                    continue;
                }
                boolean conflict = sameAffiliation(judge.affiliation, reg.affiliation);
                if (conflict && event.conflictPolicy == ConflictPolicy.BLOCK) {
                    errors.add(Refusal.of(UserErrorCode.FORBIDDEN, t -> t.recusal(judge.name, reg.affiliation), "marks", i, "judgeId"));
                    continue;
                }
                Slot slot = new Slot(reg.number(), round.code(), aspect.code(), attempt);
                Map<Long, MarkEntity> inSlot = slots.computeIfAbsent(slot, k -> new LinkedHashMap<>());
                Optional<MarkEntity> other = inSlot.values().stream().filter(o -> !o.judgeId.equals(judge.id)).findFirst();
                if (other.isPresent() && !sameDecimal(other.get().difficulty, difficulty)) {
                    String theirs = plain(other.get().difficulty);
                    errors.add(Refusal.of(UserErrorCode.CONFLICT, t -> t.difficultyDiffers(theirs, plain(difficulty)),
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
                    audits.put(audit(MarkAuditEntity.ENTERED, null, value, difficulty, conflict), mark);
                } else if (mark.value.compareTo(value) != 0 || !sameDecimal(mark.difficulty, difficulty) || mark.conflict != conflict) {
                    audits.put(audit(MarkAuditEntity.CORRECTED, mark.value, value, difficulty, conflict), mark);
                } else {
                    continue;
                }
                mark.value = value;
                mark.difficulty = difficulty;
                mark.conflict = conflict;
                mark.updatedAt = now;
                mark.updatedBy = user;
                changed.computeIfAbsent(round.code(), r -> new LinkedHashSet<>()).add(reg.number());
            }
            int acceptedMarks = accepted;
            String firstRound = in.marks().isEmpty() ? null : in.marks().get(0).round();
            return s.persistAll(created.toArray()).call(s::flush)
                    .invoke(() -> audits.forEach((audit, mark) -> audit.markId = mark.id))
                    .chain(() -> s.persistAll(audits.keySet().toArray())).call(s::flush)
                    .chain(() -> changes.marksChanged(s, event, changed,
                            new StandingsChanges.Answer(firstRound, user, in.idempotencyKey())))
                    // a rising version is known after COMMIT (submit reads it then)
                    .chain(rising -> firstRound == null || rising.contains(firstRound) ? Uni.createFrom().<Integer>nullItem()
                            : changes.version(event.number(), firstRound))
                    .map(version -> answer(acceptedMarks, version));
        }

        /** The answer, its refusals written in the caller's language (a repeated request gets them as first written). */
        private SubmitMarksPayload answer(int accepted, Integer version) {
            return new SubmitMarksPayload(accepted, language.write(errors), version);
        }

        private MarkAuditEntity audit(String action, BigDecimal previous, BigDecimal value, BigDecimal difficulty, boolean conflict) {
            MarkAuditEntity a = new MarkAuditEntity();
            a.action = action;
            a.previousValue = previous;
            a.value = value;
            a.difficulty = difficulty;
            a.conflict = conflict;
            a.enteredBy = user;
            a.enteredAt = now;
            a.idempotencyKey = in.idempotencyKey();
            return a;
        }

        private Registration registration(Map<Long, Registration> regs, MarkInput m, int i) {
            Optional<Long> number = NodeIdOrNull.parse("Registration", m.registrationId());
            Registration reg = number.map(regs::get).orElse(null);
            if (reg == null || reg.eventNumber() != event.number()) {
                errors.add(Refusal.of(UserErrorCode.NOT_FOUND, t -> t.noRegistrationInEvent(m.registrationId()),
                        "marks", i, "registrationId"));
                return null;
            }
            if (!reg.status.ranked()) {
                errors.add(Refusal.of(UserErrorCode.WRONG_STATE, t -> t.registrationIs(t.registrationStatus(reg.status.name())),
                        "marks", i, "registrationId"));
                return null;
            }
            return reg;
        }

        private Round round(MarkInput m, int i) {
            Optional<Round> round = event.rounds.stream().filter(r -> r.code().equals(m.round())).findFirst();
            if (round.isEmpty()) {
                errors.add(Refusal.of(UserErrorCode.NOT_FOUND, t -> t.noRound(m.round()), "marks", i, "round"));
            }
            return round.orElse(null);
        }

        private Aspect aspect(Round round, MarkInput m, int i) {
            Optional<Aspect> aspect = round.modules().stream().flatMap(mod -> mod.aspects().stream())
                    .filter(a -> a.code().equals(m.aspect())).findFirst();
            if (aspect.isEmpty()) {
                errors.add(Refusal.of(UserErrorCode.NOT_FOUND, t -> t.noAspect(round.code(), m.aspect()), "marks", i, "aspect"));
            }
            return aspect.orElse(null);
        }

        private BigDecimal value(Aspect aspect, MarkInput m, int i, int attempt) {
            if (attempt < 1 || attempt > aspect.attempts()) {
                errors.add(Refusal.of(UserErrorCode.INVALID, t -> t.attemptRange(aspect.code(), aspect.attempts(), attempt),
                        "marks", i, "attempt"));
            }
            if (m.value().isNaN() || m.value().isInfinite()) {
                errors.add(Refusal.of(UserErrorCode.INVALID, t -> t.notANumber(), "marks", i, "value"));
                return null;
            }
            BigDecimal value = BigDecimal.valueOf(m.value());
            if (value.signum() < 0) {
                errors.add(Refusal.of(UserErrorCode.INVALID, t -> t.belowZero(plain(value)), "marks", i, "value"));
            } else if (value.compareTo(BigDecimal.valueOf(aspect.maxMark())) > 0) {
                errors.add(Refusal.of(UserErrorCode.INVALID, t -> t.aboveMaximum(plain(value),
                        plain(BigDecimal.valueOf(aspect.maxMark()))), "marks", i, "value"));
            } else if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
                errors.add(Refusal.of(UserErrorCode.INVALID, t -> t.tooManyDecimals(plain(value), MAX_DECIMALS),
                        "marks", i, "value"));
            }
            return value;
        }

        private BigDecimal difficulty(Aspect aspect, MarkInput m, int i) {
            if (m.difficulty() == null) {
                if (aspect.difficulty()) {
                    errors.add(Refusal.of(UserErrorCode.INVALID, t -> t.difficultyRequired(aspect.code()), "marks", i, "difficulty"));
                }
                return null;
            }
            if (!aspect.difficulty()) {
                errors.add(Refusal.of(UserErrorCode.INVALID, t -> t.noDifficulty(aspect.code()), "marks", i, "difficulty"));
                return null;
            }
            BigDecimal d = BigDecimal.valueOf(m.difficulty());
            if (d.signum() <= 0 || d.stripTrailingZeros().scale() > MAX_DECIMALS) {
                errors.add(Refusal.of(UserErrorCode.INVALID, t -> t.badDifficulty(plain(d), MAX_DECIMALS), "marks", i, "difficulty"));
            }
            return d;
        }

        /** Whether the judge marks the aspect; refuses the mark when the judge is given other aspects. */
        private boolean marksAspect(JudgeAssignmentEntity judge, Aspect aspect, int i) {
            if (judge.marksAspect(aspect.code())) {
                return true;
            }
            errors.add(Refusal.of(UserErrorCode.FORBIDDEN, t -> t.judgeNotOnAspect(judge.name,
                    String.join(t.listSeparator(), judge.aspects)), "marks", i, "aspect"));
            return false;
        }

        private JudgeAssignmentEntity judge(Map<Long, JudgeAssignmentEntity> judges, MarkInput m, int i, boolean forOthers,
                                            JudgeAssignmentEntity own) {
            if (m.judgeId() == null) {
                if (own == null) {
                    errors.add(Refusal.of(UserErrorCode.INVALID, t -> t.nameTheJudge(), "marks", i, "judgeId"));
                }
                return own;
            }
            JudgeAssignmentEntity judge = NodeIdOrNull.parse("JudgeAssignment", m.judgeId()).map(judges::get).orElse(null);
            if (judge == null) {
                errors.add(Refusal.of(UserErrorCode.NOT_FOUND, t -> t.noJudgeOnPanel(m.judgeId()), "marks", i, "judgeId"));
                return null;
            }
            if (!judge.active()) {
                JudgeAssignmentEntity successor = judges.get(judge.replacedBy);
                String by = successor == null ? "" : successor.name;
                errors.add(Refusal.of(UserErrorCode.WRONG_STATE, t -> t.judgeReplaced(judge.name, by), "marks", i, "judgeId"));
                return null;
            }
            if (!judge.role.marks()) {
                errors.add(Refusal.of(UserErrorCode.INVALID, t -> t.givesNoMarks(judge.name, t.judgeRole(judge.role.name())),
                        "marks", i, "judgeId"));
                return null;
            }
            if (!forOthers && (own == null || !own.id.equals(judge.id))) {
                errors.add(Refusal.of(UserErrorCode.FORBIDDEN, t -> t.ownMarksOnly(), "marks", i, "judgeId"));
                return null;
            }
            return judge;
        }
    }

    static boolean sameAffiliation(String a, String b) {
        return a != null && b != null && !a.isBlank() && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean sameDecimal(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String plain(BigDecimal d) {
        return d == null ? "none" : d.stripTrailingZeros().toPlainString();
    }

    /** Global ids that may be malformed: malformed is absent, reported by the caller. */
    private static final class NodeIdOrNull {
        static Optional<Long> parse(String type, String id) {
            try {
                return Optional.of(NodeId.parse(type, id));
            } catch (DomainException e) {
                return Optional.empty();
            }
        }
    }

    // ------------------------------------------------------------ reading marks

    /**
     * The marks of an event the caller may see: a judge their own; the chief judges, scorekeepers
     * and organizers all; a competitor their own once results are published.
     */
    public Uni<List<Mark>> marks(Event event, String round, String registrationId) {
        Long registration = registrationId == null ? null : NodeId.parse("Registration", registrationId, "registrationId");
        return panels.callersPlaces(event.number()).chain(places -> {
            boolean all = access.has(Role.ORGANIZER) || places.stream().anyMatch(p -> p.role != JudgeRole.JUDGE);
            Set<Long> ownJudges = new HashSet<>();
            places.forEach(p -> ownJudges.add(p.number()));
            if (!all && ownJudges.isEmpty()) {
                return Uni.createFrom().item(List.<Mark>of());
            }
            return db.read(s -> {
                Mutiny.SelectionQuery<MarkEntity> q = s.createSelectionQuery("from MarkEntity where eventId = :e"
                        + (round == null ? "" : " and round = :round") + (registration == null ? "" : " and registrationId = :reg")
                        + " order by registrationId, round, aspect, attempt, judgeId", MarkEntity.class)
                        .setParameter("e", event.number());
                if (round != null) {
                    q.setParameter("round", round);
                }
                if (registration != null) {
                    q.setParameter("reg", registration);
                }
                return q.getResultList();
            })
                    .map(list -> list.stream().filter(m -> all || ownJudges.contains(m.judgeId)).map(Mark::new).toList());
        });
    }

    /** A stored mark as the scoring engine needs it. */
    public record ScoringMark(long registration, String round, String aspect, int attempt, BigDecimal difficulty,
                              BigDecimal value) {
    }

    /**
     * The marks of an event in some rounds, for scoring; of some registrations only when
     * {@code registrationNumbers} is given. Plain SQL on the reactive pool: callable from any
     * Vert.x context (the standings refresh runs on the notification listener's).
     */
    public Uni<List<ScoringMark>> scoringMarks(long eventNumber, java.util.Collection<String> rounds,
                                               java.util.Collection<Long> registrationNumbers) {
        String sql = "select registration_id, round, aspect, attempt, difficulty, value from mark where event_id = $1 "
                + "and round = any($2)" + (registrationNumbers == null ? "" : " and registration_id = any($3)");
        io.vertx.mutiny.sqlclient.Tuple args = io.vertx.mutiny.sqlclient.Tuple.of(eventNumber, rounds.toArray(String[]::new));
        if (registrationNumbers != null) {
            args.addArrayOfLong(registrationNumbers.toArray(Long[]::new));
        }
        return pool.preparedQuery(sql).execute(args).map(rows -> {
            List<ScoringMark> out = new ArrayList<>(rows.size());
            for (io.vertx.mutiny.sqlclient.Row r : rows) {
                out.add(new ScoringMark(r.getLong(0), r.getString(1), r.getString(2), r.getInteger(3),
                        r.getBigDecimal(4), r.getBigDecimal(5)));
            }
            return out;
        });
    }
}
