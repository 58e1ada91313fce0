package org.biwu.certificates;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import org.biwu.api.LimitedInput;
import org.biwu.api.Payloads;
import org.biwu.api.UserError;
import org.biwu.competition.Competition;
import org.biwu.organizations.Organization;
import org.biwu.organizations.OrganizationService;
import org.biwu.people.Person;
import org.biwu.people.PersonService;
import org.biwu.registration.Registration;
import org.biwu.registration.Registrations;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;

/** Certificates in the API: issuing and revoking, a competition's and a person's certificates. */
@GraphQLApi
@LimitedInput
@Authenticated
public class CertificatesGraphQLApi {

    @Inject
    Payloads payloads;

    @Inject
    Certificates certificates;

    @Inject
    PersonService persons;

    @Inject
    Registrations registrations;

    @Inject
    OrganizationService organizations;

    @Type("CertificatesPayload")
    public record CertificatesPayload(List<@NonNull Certificate> certificates, @NonNull List<@NonNull UserError> userErrors) {
        static CertificatesPayload of(List<Certificate> list) {
            return new CertificatesPayload(list, List.of());
        }

        static CertificatesPayload refused(List<UserError> errors) {
            return new CertificatesPayload(null, errors);
        }
    }

    @Mutation("issueCertificates")
    @Description("FINAL only: a certificate for every member of every awarded registration and every approved SKILL_LEVEL or "
            + "TITLE outcome not yet certified; running it again issues only what is new (the payload lists what was issued now). "
            + "Organizers of the competition.")
    public Uni<@NonNull CertificatesPayload> issueCertificates(@NonNull @Id String competitionId) {
        return payloads.of(() -> certificates.issue(competitionId).map(CertificatesPayload::of), CertificatesPayload::refused);
    }

    @Mutation("revokeCertificate")
    @Description("Revokes a certificate with a reason (the public confirmation says so from then on). Organizers of its competition.")
    public Uni<@NonNull CertificatesPayload> revokeCertificate(@NonNull String number, @NonNull String reason) {
        return payloads.of(() -> certificates.revoke(number, reason).map(c -> CertificatesPayload.of(List.of(c))),
                CertificatesPayload::refused);
    }

    @Description("The competition's certificates the caller sees (organizers: all; others those of persons whose records they see), in the order issued.")
    public Uni<@NonNull List<@NonNull Certificate>> certificates(@Source Competition competition) {
        return certificates.ofCompetition(competition);
    }

    @Description("The person's certificates, newest first, for whoever sees the person's records.")
    public Uni<@NonNull List<@NonNull Certificate>> certificates(@Source Person person) {
        return certificates.ofPerson(person);
    }

    public Uni<List<Person>> person(@Source List<Certificate> list) {
        return persons.byNumbers(list.stream().map(Certificate::personNumber).distinct().toList())
                .map(found -> list.stream().map(c -> found.get(c.personNumber()) == null ? null : new Person(found.get(c.personNumber()))).toList());
    }

    @NonNull
    public Uni<List<@NonNull Registration>> registration(@Source List<Certificate> list) {
        return registrations.byNumbers(list.stream().map(Certificate::registrationNumber).distinct().toList())
                .map(found -> list.stream().map(c -> found.get(c.registrationNumber())).toList());
    }

    @NonNull
    public Uni<List<@NonNull Organization>> issuer(@Source List<Certificate> list) {
        return organizations.inOrder(list.stream().map(Certificate::issuerNumber).toList());
    }
}
