package org.biwu.certificates;

import static org.biwu.api.Inputs.blankToNull;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.biwu.api.DomainException;
import org.biwu.api.Language;
import org.biwu.api.Messages;
import org.biwu.api.NodeId;
import org.biwu.api.UserErrorCode;
import org.biwu.changes.ChangeFeed;
import org.biwu.changes.ChangeKind;
import org.biwu.competition.Competition;
import org.biwu.competition.CompetitionService;
import org.biwu.competition.CompetitionStatus;
import org.biwu.config.BiwuConfig;
import org.biwu.db.Database;
import org.biwu.db.Timestamps;
import org.biwu.documents.Pdf;
import org.biwu.people.Person;
import org.biwu.people.PersonService;
import org.biwu.people.SkillLevel;
import org.biwu.registration.PersonRecords;
import org.biwu.security.Access;
import org.biwu.security.ScopedRole;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Certificates (table certificate, V17) of FINAL competitions: {@link #issue} makes one for every member
 * of every registration with an award in the final standings and for every approved SKILL_LEVEL or TITLE
 * outcome, only those not yet made; the competition's organizers issue and revoke (with a reason).
 * Who sees a certificate: organizers of its competition, and whoever sees its holder's records
 * ({@link PersonRecords}: the holder, HR of their employer …). Anyone may confirm a number publicly
 * ({@link #confirmation}). Issuing and revoking are changes of the partners' feed.
 */
@ApplicationScoped
public class Certificates {

    private static final String COLUMNS = "c.id, c.number, c.kind, c.title, c.issued_at, c.revoked_at, c.revoke_reason, c.competition_id, "
            + "c.registration_id, c.person_id, c.issuer_id";

    @Inject
    Database db;

    @Inject
    Access access;

    @Inject
    CompetitionService competitions;

    @Inject
    PersonRecords records;

    @Inject
    PersonService persons;

    @Inject
    ChangeFeed changes;

    @Inject
    Language language;

    @Inject
    BiwuConfig.Certificates config;

    /** Issues what is not yet issued for the FINAL competition; returns the certificates made now. */
    public Uni<List<Certificate>> issue(String competitionId) {
        access.requireRealmRoleFor(ScopedRole.ORGANIZER);
        long number = NodeId.parse("Competition", competitionId, "competitionId");
        Messages chinese = language.chinese();
        return db.write(s -> competitions.lockManaged(s, number, "competitionId").chain(c -> {
            if (c.status != CompetitionStatus.FINAL) {
                throw DomainException.of(UserErrorCode.WRONG_STATE, m -> m.certificatesOfFinal(m.competitionStatus(c.status.name())),
                        "competitionId");
            }
            int year = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).getYear();
            return s.createNativeQuery("""
                            select 'AWARD', fa.award, fa.event_id, fa.registration_id, m.person_id, null
                            from final_award fa join event e on e.id = fa.event_id
                            join registration_member m on m.registration_id = fa.registration_id
                            where e.competition_id = :c
                              and not exists (select 1 from certificate x where x.kind = 'AWARD' and x.registration_id = fa.registration_id
                                              and x.person_id = m.person_id)
                            union all
                            select o.kind, coalesce(o.title, o.to_level), o.event_id, o.registration_id, o.person_id, o.id
                            from promotion_outcome o
                            where o.competition_id = :c and o.status = 'APPROVED' and o.kind in ('SKILL_LEVEL', 'TITLE')
                              and not exists (select 1 from certificate x where x.outcome_id = o.id)
                            order by 3, 4, 5""", Object[].class).setParameter("c", number).getResultList()
                    .chain(rows -> {
                        Uni<List<Long>> made = Uni.createFrom().item(new ArrayList<>());
                        for (Object[] r : rows) {
                            CertificateKind kind = CertificateKind.valueOf((String) r[0]);
                            String title = kind == CertificateKind.SKILL_LEVEL ? chinese.skillLevel(SkillLevel.valueOf((String) r[1]).name())
                                    : (String) r[1];
                            made = made.call(ids -> s.createNativeQuery("""
                                            insert into certificate (number, kind, title, competition_id, event_id, registration_id, person_id,
                                                                     outcome_id, issuer_id, issued_by, issued_at)
                                            values (:n, :k, :t, :c, :e, :r, :p, :o, :issuer, :by, :at) returning id""", Long.class)
                                    .setParameter("n", CertificateNumbers.draw(year)).setParameter("k", kind.name()).setParameter("t", title)
                                    .setParameter("c", number).setParameter("e", ((Number) r[2]).longValue())
                                    .setParameter("r", ((Number) r[3]).longValue()).setParameter("p", ((Number) r[4]).longValue())
                                    .setParameter("o", r[5] == null ? null : ((Number) r[5]).longValue())
                                    .setParameter("issuer", c.organizationId).setParameter("by", access.username())
                                    .setParameter("at", OffsetDateTime.now()).getSingleResult()
                                    .call(id -> changes.append(s, ChangeKind.CERTIFICATE_ISSUED, "Certificate", id, number,
                                            ((Number) r[4]).longValue()))
                                    .invoke(ids::add));
                        }
                        return made;
                    })
                    .chain(ids -> select(s, "c.id in (:ids) order by c.id", Map.of("ids", ids.isEmpty() ? List.of(-1L) : ids)));
        }));
    }

    /** Revokes a valid certificate, with a reason; the competition's organizers. */
    public Uni<Certificate> revoke(String number, String reasonTyped) {
        access.requireRealmRoleFor(ScopedRole.ORGANIZER);
        String reason = blankToNull(reasonTyped);
        if (reason == null) {
            throw DomainException.of(UserErrorCode.INVALID, m -> m.mustNotBeBlank(), "reason");
        }
        return db.write(s -> select(s, "c.number = :n for update", Map.of("n", number)).chain(found -> {
            if (found.isEmpty()) {
                throw DomainException.notFound(m -> m.thing("Certificate"), number, "number");
            }
            Certificate c = found.get(0);
            return competitions.requireOrganizer(c.competitionNumber(), "number").chain(() -> {
                if (c.revoked) {
                    throw DomainException.of(UserErrorCode.WRONG_STATE, m -> m.certificateRevoked(c.revokeReason()), "number");
                }
                return s.createNativeQuery("update certificate set revoked_at = :at, revoked_by = :by, revoke_reason = :why where id = :id")
                        .setParameter("at", OffsetDateTime.now()).setParameter("by", access.username()).setParameter("why", reason)
                        .setParameter("id", c.recordNumber()).executeUpdate()
                        .call(() -> changes.append(s, ChangeKind.CERTIFICATE_REVOKED, "Certificate", c.recordNumber(), c.competitionNumber(),
                                c.personNumber()))
                        .chain(() -> select(s, "c.id = :id", Map.of("id", c.recordNumber()))).map(list -> list.get(0));
            });
        }));
    }

    /** The competition's certificates the caller sees, in the order issued. */
    public Uni<List<Certificate>> ofCompetition(Competition competition) {
        return db.read(s -> select(s, "c.competition_id = :c order by c.id", Map.of("c", competition.number()))).chain(this::visible);
    }

    /** The person's certificates the caller sees, newest first. */
    public Uni<List<Certificate>> ofPerson(Person person) {
        return db.read(s -> select(s, "c.person_id = :p order by c.issued_at desc, c.id desc", Map.of("p", person.number())))
                .chain(this::visible);
    }

    /** The certificates with these record numbers, for the change feed (which has checked who may see them), by number. */
    public Uni<Map<Long, Certificate>> ofChanges(List<Long> numbers) {
        if (numbers.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return db.read(s -> select(s, "c.id in (:ids)", Map.of("ids", numbers)))
                .map(list -> list.stream().collect(Collectors.toMap(Certificate::recordNumber, c -> c)));
    }

    /** The public confirmation of a number, or null when no certificate has it (a forged or mistyped number). */
    public Uni<Confirmation> confirmation(String number) {
        if (!CertificateNumbers.wellFormed(number)) {
            return Uni.createFrom().nullItem();
        }
        return db.read(s -> s.createNativeQuery("""
                        select c.number, c.revoked_at is null, c.kind, c.title, p.name, k.name, e.name, o.name, c.issued_at
                        from certificate c join person p on p.id = c.person_id join competition k on k.id = c.competition_id
                        join event e on e.id = c.event_id join organization o on o.id = c.issuer_id where c.number = :n""", Object[].class)
                .setParameter("n", number).getSingleResultOrNull())
                .map(r -> r == null ? null : new Confirmation((String) r[0], (Boolean) r[1], !(Boolean) r[1], (String) r[2], (String) r[3],
                        masked((String) r[4]), (String) r[5], (String) r[6], (String) r[7], Timestamps.of(r[8])));
    }

    /**
     * The certificate with this number as a printable PDF, for whoever sees it ({@link #visible}): null when
     * there is none, FORBIDDEN when the caller may not see it. The page is made on a worker thread.
     */
    public Uni<byte[]> pdf(String number) {
        access.requireAuthenticated();
        if (!CertificateNumbers.wellFormed(number)) {
            return Uni.createFrom().nullItem();
        }
        return db.read(s -> select(s, "c.number = :n", Map.of("n", number))).chain(found -> found.isEmpty() ? Uni.createFrom().nullItem()
                : visible(found).chain(seen -> {
                    if (seen.isEmpty()) {
                        throw DomainException.of(UserErrorCode.FORBIDDEN, m -> m.certificateReaders());
                    }
                    Certificate c = seen.get(0);
                    return db.read(s -> s.createNativeQuery("""
                                    select p.name, k.name, e.name, o.name from certificate c join person p on p.id = c.person_id
                                    join competition k on k.id = c.competition_id join event e on e.id = c.event_id
                                    join organization o on o.id = c.issuer_id where c.id = :id""", Object[].class)
                            .setParameter("id", c.recordNumber()).getSingleResult())
                            .emitOn(Infrastructure.getDefaultWorkerPool())
                            .map(r -> CertificatePdf.write(new CertificatePdf.Content(c.number, c.kind, c.title, (String) r[0], (String) r[1],
                                    (String) r[2], (String) r[3], c.issuedAt, c.verificationUrl, c.revoked), Pdf.font(config.pdfFont())));
                }));
    }

    /** What anyone may know of a certificate: whether it is valid, what it states, for whom (masked), by whom. */
    public record Confirmation(String number, boolean valid, boolean revoked, String kind, String title, String holder, String competition,
                               String event, String issuer, OffsetDateTime issuedAt) {
    }

    /** A name as the public confirmation shows it: its first character, then one * for each other (赵磊 → 赵*). */
    static String masked(String name) {
        int[] codePoints = name.strip().codePoints().toArray();
        return codePoints.length == 0 ? "" : new String(codePoints, 0, 1) + "*".repeat(Math.max(1, codePoints.length - 1));
    }

    private Uni<List<Certificate>> visible(List<Certificate> list) {
        if (list.isEmpty()) {
            return Uni.createFrom().item(list);
        }
        return persons.byNumbers(list.stream().map(Certificate::personNumber).collect(Collectors.toSet()))
                .chain(people -> records.of(people.values().stream().map(Person::new).toList()))
                .chain(sights -> records.runningPaths(list.stream().map(Certificate::competitionNumber).collect(Collectors.toSet()))
                        .map(paths -> list.stream().filter(c -> sights.get(c.personNumber()).shows(paths.get(c.competitionNumber()))).toList()));
    }

    private Uni<List<Certificate>> select(Mutiny.Session s, String where, Map<String, Object> parameters) {
        Mutiny.SelectionQuery<Object[]> q = s.createNativeQuery("select " + COLUMNS + " from certificate c where " + where, Object[].class);
        parameters.forEach(q::setParameter);
        return q.getResultList().map(rows -> rows.stream().map(r -> new Certificate(((Number) r[0]).longValue(), (String) r[1],
                CertificateKind.valueOf((String) r[2]), (String) r[3], Timestamps.of(r[4]), r[5] != null, (String) r[6],
                ((Number) r[7]).longValue(), ((Number) r[8]).longValue(), ((Number) r[9]).longValue(), ((Number) r[10]).longValue(),
                config.verificationBaseUrl())).toList());
    }
}
