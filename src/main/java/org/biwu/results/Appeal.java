package org.biwu.results;

import java.time.OffsetDateTime;
import org.biwu.api.NodeId;
import org.biwu.api.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** 申诉: a written challenge to a registration's published result, and its ruling; the registration comes from {@link OfficialResultsGraphQLApi}. */
@Description("申诉: a written challenge to a registration's published result during the notice period, and its ruling (仲裁).")
public class Appeal implements Node {

    private final String id;
    @NonNull
    public final String reason;
    @NonNull
    @Description("Login of who filed it: the competitor, an organizer of their unit or of the competition.")
    public final String filedBy;
    @NonNull
    public final OffsetDateTime filedAt;
    @NonNull
    public final AppealStatus status;
    @Description("The ruling's reasons; null while OPEN.")
    public final String decisionNote;
    public final String decidedBy;
    public final OffsetDateTime decidedAt;

    private final long number;
    private final long registrationNumber;
    private final long competitionNumber;

    Appeal(long number, long competition, long registration, String reason, String filedBy, OffsetDateTime filedAt, AppealStatus status,
           String decisionNote, String decidedBy, OffsetDateTime decidedAt) {
        this.number = number;
        this.id = NodeId.of("Appeal", number);
        this.competitionNumber = competition;
        this.registrationNumber = registration;
        this.reason = reason;
        this.filedBy = filedBy;
        this.filedAt = filedAt;
        this.status = status;
        this.decisionNote = decisionNote;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }

    @Ignore
    public long number() {
        return number;
    }

    @Ignore
    public long registrationNumber() {
        return registrationNumber;
    }

    @Ignore
    public long competitionNumber() {
        return competitionNumber;
    }
}
