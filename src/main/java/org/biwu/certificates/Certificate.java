package org.biwu.certificates;

import java.time.OffsetDateTime;
import org.biwu.api.Node;
import org.biwu.api.NodeId;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** A certificate of a FINAL result; person, registration and issuer come from {@link CertificatesGraphQLApi}. */
@Description("A certificate of a FINAL result: an award, or an approved skill level or title.")
public class Certificate implements Node {

    private final String id;
    @NonNull
    @Description("Unique, printed on the certificate and in its QR code: BW, the year, 12 random characters and a check character.")
    public final String number;
    @NonNull
    public final CertificateKind kind;
    @NonNull
    @Description("The award, level or title the certificate states (in Chinese, as printed).")
    public final String title;
    @NonNull
    public final OffsetDateTime issuedAt;
    public final boolean revoked;
    @NonNull
    @Description("""
            What the QR code holds: the public confirmation of the certificate. Without a token, GET \
            /certificates/{number} on the API answers JSON {number, valid, revoked, kind, title, holder (masked \
            name, e.g. 赵*), competition, event, issuer, issuedAt}, and 404 for an unknown number; the printable \
            PDF is GET /certificates/{number}.pdf with the holder's, an organizer's or HR's token.""")
    public final String verificationUrl;

    private final long number_;
    private final long competitionNumber;
    private final long registrationNumber;
    private final long personNumber;
    private final long issuerNumber;
    private final String revokeReason;

    Certificate(long id, String number, CertificateKind kind, String title, OffsetDateTime issuedAt, boolean revoked, String revokeReason,
                long competition, long registration, long person, long issuer, String verificationBaseUrl) {
        this.number_ = id;
        this.id = NodeId.of("Certificate", id);
        this.number = number;
        this.kind = kind;
        this.title = title;
        this.issuedAt = issuedAt;
        this.revoked = revoked;
        this.revokeReason = revokeReason;
        this.competitionNumber = competition;
        this.registrationNumber = registration;
        this.personNumber = person;
        this.issuerNumber = issuer;
        this.verificationUrl = verificationBaseUrl.replaceAll("/+$", "") + "/certificates/" + number;
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }

    @Ignore
    public long recordNumber() {
        return number_;
    }

    @Ignore
    public long competitionNumber() {
        return competitionNumber;
    }

    @Ignore
    public long registrationNumber() {
        return registrationNumber;
    }

    @Ignore
    public long personNumber() {
        return personNumber;
    }

    @Ignore
    public long issuerNumber() {
        return issuerNumber;
    }

    /** Why it was revoked; null while valid. */
    @Ignore
    public String revokeReason() {
        return revokeReason;
    }
}
