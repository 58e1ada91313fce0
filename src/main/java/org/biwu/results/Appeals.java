package org.biwu.results;

import static org.biwu.api.Inputs.blankToNull;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.biwu.api.DomainException;
import org.biwu.api.NodeId;
import org.biwu.api.UserErrorCode;
import org.biwu.competition.Competition;
import org.biwu.competition.CompetitionService;
import org.biwu.competition.CompetitionStatus;
import org.biwu.competition.EventCatalog;
import org.biwu.db.Database;
import org.biwu.db.Timestamps;
import org.biwu.judging.JudgingInputs.MarkInput;
import org.biwu.judging.MarkSubmissions;
import org.biwu.people.Person;
import org.biwu.registration.Registration;
import org.biwu.registration.Registrations;
import org.biwu.security.Access;
import org.biwu.security.ScopedRole;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Appeals (申诉) against published results and their rulings (仲裁), table appeal (V14). During the
 * notice period the competitor (a member of the registration, by login), an ORGANIZER of the
 * competitor's unit or of the competition files one; an ORGANIZER of the competition decides it: upheld
 * with the corrections of marks it calls for (audited APPEAL_CORRECTED, past the locks), or dismissed,
 * always with a note. Results cannot become FINAL while an appeal is OPEN ({@link StatusMoves}).
 */
@ApplicationScoped
public class Appeals {

    private static final String COLUMNS = "a.id, a.competition_id, a.registration_id, a.reason, a.filed_by, a.filed_at, a.status, "
            + "a.decision_note, a.decided_by, a.decided_at";

    @Inject
    Database db;

    @Inject
    Access access;

    @Inject
    CompetitionService competitions;

    @Inject
    EventCatalog events;

    @Inject
    Registrations registrations;

    @Inject
    MarkSubmissions marks;

    /** Files an appeal for the registration, during the notice period of its competition's results. */
    public Uni<Appeal> file(String registrationId, String reasonTyped) {
        access.requireAuthenticated();
        long number = NodeId.parse("Registration", registrationId, "registrationId");
        String reason = text(reasonTyped, "reason");
        return db.write(s -> registrations.load(s, null, Set.of(number)).chain(regs -> {
            Registration reg = regs.get(number);
            if (reg == null) {
                throw DomainException.notFound(m -> m.thing("Registration"), registrationId, "registrationId");
            }
            return events.find(s, reg.eventNumber()).chain(event -> competitions.lockedForAppeal(s, event.competitionNumber())
                    .call(c -> mayAppeal(reg, c))
                    .chain(c -> {
                        OffsetDateTime now = OffsetDateTime.now();
                        if (c.status != CompetitionStatus.PUBLISHED || c.publication == null || !c.publication.openAt(now)) {
                            throw DomainException.of(UserErrorCode.WRONG_STATE, m -> m.appealsDuringNotice(
                                    m.competitionStatus(c.status.name())), "registrationId");
                        }
                        return s.createNativeQuery("insert into appeal (competition_id, registration_id, reason, filed_by, filed_at) "
                                        + "values (:c, :r, :reason, :by, :at) returning id", Long.class)
                                .setParameter("c", c.number()).setParameter("r", number).setParameter("reason", reason)
                                .setParameter("by", access.username()).setParameter("at", now).getSingleResult()
                                .chain(id -> find(s, id));
                    }));
        }));
    }

    /** Decides an OPEN appeal of a PUBLISHED competition: upheld with its corrections, or dismissed; the note is required. */
    public Uni<Appeal> decide(String id, boolean upheld, String noteTyped, List<MarkInput> corrections) {
        access.requireRealmRoleFor(ScopedRole.ORGANIZER);
        long number = NodeId.parse("Appeal", id, "id");
        String note = text(noteTyped, "note");
        List<MarkInput> changes = corrections == null ? List.of() : corrections;
        if (!upheld && !changes.isEmpty()) {
            throw DomainException.of(UserErrorCode.INVALID, m -> m.correctionsOnlyUpheld(), "corrections");
        }
        return db.write(s -> s.createNativeQuery("select " + COLUMNS + " from appeal a where a.id = :id for update", Object[].class)
                .setParameter("id", number).getSingleResultOrNull().chain(row -> {
                    if (row == null) {
                        throw DomainException.notFound(m -> m.thing("Appeal"), id, "id");
                    }
                    Appeal appeal = appeal(row);
                    return competitions.requireOrganizer(appeal.competitionNumber(), "id")
                            .chain(() -> competitions.lockedForAppeal(s, appeal.competitionNumber()))
                            .chain(c -> {
                                if (appeal.status != AppealStatus.OPEN) {
                                    throw DomainException.of(UserErrorCode.WRONG_STATE, m -> m.appealDecided(m.appealStatus(appeal.status.name())), "id");
                                }
                                if (c.status != CompetitionStatus.PUBLISHED) {
                                    throw DomainException.of(UserErrorCode.WRONG_STATE,
                                            m -> m.appealsDecidedWhilePublished(m.competitionStatus(c.status.name())), "id");
                                }
                                return changes.isEmpty() ? Uni.createFrom().voidItem() : correct(s, appeal, changes, note);
                            })
                            .chain(() -> s.createNativeQuery("update appeal set status = :st, decision_note = :n, decided_by = :by, "
                                            + "decided_at = :at where id = :id")
                                    .setParameter("st", (upheld ? AppealStatus.UPHELD : AppealStatus.DISMISSED).name()).setParameter("n", note)
                                    .setParameter("by", access.username()).setParameter("at", OffsetDateTime.now()).setParameter("id", number)
                                    .executeUpdate())
                            .chain(() -> find(s, number));
                }));
    }

    /**
     * The competition's appeals the caller may see, oldest first: an organizer of the competition all of
     * them; anyone else those they filed and those of registrations they are a member of.
     */
    public Uni<List<Appeal>> of(Competition c) {
        if (access.isAnonymous()) {
            return Uni.createFrom().item(List.of());
        }
        // one statement for everyone: :all is true for the competition's organizers
        return competitions.organizes(c.number()).chain(organizer -> db.read(s -> s.createNativeQuery("select " + COLUMNS
                        + " from appeal a where a.competition_id = :c and (:all or a.filed_by = :u or exists (select 1 "
                        + "from registration_member m join person p on p.id = m.person_id where m.registration_id = a.registration_id "
                        + "and p.username = :u)) order by a.id", Object[].class)
                .setParameter("c", c.number()).setParameter("all", organizer).setParameter("u", access.username()).getResultList())
                .map(rows -> rows.stream().map(Appeals::appeal).toList()));
    }

    private Uni<Void> correct(Mutiny.Session s, Appeal appeal, List<MarkInput> corrections, String note) {
        return registrations.load(s, null, Set.of(appeal.registrationNumber()))
                .chain(regs -> events.find(s, regs.get(appeal.registrationNumber()).eventNumber()))
                .chain(event -> marks.correctByAppeal(s, event, corrections, note))
                .invoke(refusals -> {
                    if (!refusals.isEmpty()) {
                        throw new DomainException(refusals);
                    }
                }).replaceWithVoid();
    }

    /** The competitor (a member, by login), an ORGANIZER of the registration's unit, or of the competition. */
    private Uni<Void> mayAppeal(Registration reg, Competition c) {
        String user = access.username();
        if (reg.members.stream().map(Person::username).anyMatch(user::equals)) {
            return Uni.createFrom().voidItem();
        }
        Uni<Boolean> unit = reg.unitNumber() == null ? Uni.createFrom().item(false) : access.holds(ScopedRole.ORGANIZER, reg.unitNumber());
        return unit.chain(yes -> yes ? Uni.createFrom().item(true) : competitions.organizes(c.number())).invoke(yes -> {
            if (!yes) {
                throw DomainException.of(UserErrorCode.FORBIDDEN, m -> m.appellants(), "registrationId");
            }
        }).replaceWithVoid();
    }

    /** A reason or note as typed, required; its length is held to {@link org.biwu.api.InputLimits#TEXT_LENGTH} before it gets here. */
    private static String text(String typed, String field) {
        String text = blankToNull(typed);
        if (text == null) {
            throw DomainException.of(UserErrorCode.INVALID, m -> m.mustNotBeBlank(), field);
        }
        return text;
    }

    private static Uni<Appeal> find(Mutiny.Session s, long id) {
        return s.createNativeQuery("select " + COLUMNS + " from appeal a where a.id = :id", Object[].class).setParameter("id", id)
                .getSingleResult().map(Appeals::appeal);
    }

    private static Appeal appeal(Object[] r) {
        return new Appeal(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), (String) r[3],
                (String) r[4], Timestamps.of(r[5]), AppealStatus.valueOf((String) r[6]), (String) r[7], (String) r[8],
                r[9] == null ? null : Timestamps.of(r[9]));
    }

}
