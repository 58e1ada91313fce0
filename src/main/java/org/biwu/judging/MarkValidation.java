package org.biwu.judging;

import java.math.BigDecimal;
import org.biwu.scoring.AspectEffect;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.biwu.api.DomainException;
import org.biwu.api.NodeId;
import org.biwu.api.Refusal;
import org.biwu.api.UserErrorCode;
import org.biwu.competition.Aspect;
import org.biwu.competition.Event;
import org.biwu.competition.Round;
import org.biwu.judging.JudgingInputs.MarkInput;
import org.biwu.registration.Registration;

/**
 * The checks of one submitMarks request's marks, one field at a time, against the event's marking
 * scheme and panel. Each check adds a {@link Refusal} naming {@code marks[index]} and the field to
 * the request's errors for every rule the mark breaks, and returns what it found (a registration,
 * round, aspect, value, difficulty or judge), or null where nothing further can be checked; the
 * caller stores a mark only when its checks added no refusal. Rules: the registration belongs to the event and is ranked; the
 * round and aspect exist; the attempt is within the aspect's attempts; the value is a number from 0
 * to the aspect's maximum mark (points) with at most {@link #MAX_DECIMALS} decimals; a difficulty
 * is given exactly when the aspect has one, above 0; the judge is on the panel, not replaced, in a
 * marking role, given the aspect, and the caller themselves unless the caller may enter marks for others.
 */
final class MarkValidation {

    /** Decimals a stored mark or difficulty keeps (numeric(12, 4)). */
    static final int MAX_DECIMALS = 4;

    /** Longest assessor's note on a mark, in characters. */
    static final int MAX_NOTE = 500;

    private final Event event;
    private final List<Refusal> errors;

    /** Checks against {@code event}, adding refusals to {@code errors}. */
    MarkValidation(Event event, List<Refusal> errors) {
        this.event = event;
        this.errors = errors;
    }

    Registration registration(Map<Long, Registration> regs, MarkInput m, int i) {
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

    Round round(MarkInput m, int i) {
        Optional<Round> round = event.rounds.stream().filter(r -> r.code().equals(m.round())).findFirst();
        if (round.isEmpty()) {
            errors.add(Refusal.of(UserErrorCode.NOT_FOUND, t -> t.noRound(m.round()), "marks", i, "round"));
        }
        return round.orElse(null);
    }

    Aspect aspect(Round round, MarkInput m, int i) {
        Optional<Aspect> aspect = round.modules().stream().flatMap(mod -> mod.aspects().stream())
                .filter(a -> a.code().equals(m.aspect())).findFirst();
        if (aspect.isEmpty()) {
            errors.add(Refusal.of(UserErrorCode.NOT_FOUND, t -> t.noAspect(round.code(), m.aspect()), "marks", i, "aspect"));
        }
        return aspect.orElse(null);
    }

    BigDecimal value(Aspect aspect, MarkInput m, int i, int attempt) {
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
        } else if (aspect.effect() == AspectEffect.VETO && value.signum() != 0 && value.compareTo(BigDecimal.ONE) != 0) {
            errors.add(Refusal.of(UserErrorCode.INVALID, t -> t.vetoMarkZeroOrOne(plain(value)), "marks", i, "value"));
        }
        return value;
    }

    /** The assessor's note on a mark, stripped; null when blank; refused beyond {@link #MAX_NOTE} characters. */
    String note(MarkInput m, int i) {
        String note = org.biwu.api.Inputs.blankToNull(m.note());
        if (note != null && note.length() > MAX_NOTE) {
            errors.add(Refusal.of(UserErrorCode.LIMIT_EXCEEDED, t -> t.tooLong(MAX_NOTE), "marks", i, "note"));
        }
        return note;
    }

    BigDecimal difficulty(Aspect aspect, MarkInput m, int i) {
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
    boolean marksAspect(JudgeAssignmentEntity judge, Aspect aspect, int i) {
        if (judge.marksAspect(aspect.code())) {
            return true;
        }
        errors.add(Refusal.of(UserErrorCode.FORBIDDEN, t -> t.judgeNotOnAspect(judge.name,
                String.join(t.listSeparator(), judge.aspects)), "marks", i, "aspect"));
        return false;
    }

    JudgeAssignmentEntity judge(Map<Long, JudgeAssignmentEntity> judges, MarkInput m, int i, boolean forOthers,
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

    static boolean sameAffiliation(String a, String b) {
        return a != null && b != null && !a.isBlank() && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    static boolean sameDecimal(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    static String plain(BigDecimal d) {
        return d == null ? "none" : d.stripTrailingZeros().toPlainString();
    }

    /** Global ids that may be malformed: malformed is absent, reported by the caller. */
    static final class NodeIdOrNull {
        static Optional<Long> parse(String type, String id) {
            try {
                return Optional.of(NodeId.parse(type, id));
            } catch (DomainException e) {
                return Optional.empty();
            }
        }
    }
}
