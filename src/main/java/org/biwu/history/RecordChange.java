package org.biwu.history;

import java.time.OffsetDateTime;
import java.util.List;
import org.biwu.api.NodeId;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** One correction as the API publishes it. */
@Description("One correction of a competition, event, registration, judge's place, commendation quota or nomination: what, who, when, why.")
public class RecordChange {

    @NonNull
    @Id
    @Description("The global id of the record corrected (Registration:12 …).")
    public final String subjectId;
    @NonNull
    @Description("The record's API type: Competition, Event, Registration, JudgeAssignment, CommendationQuota (its id the unit's registration's number) or CommendationNomination.")
    public final String subject;
    @NonNull
    @Description("The record's name when corrected: the competition's, the event's, the competitor's, the judge's, the unit's or the nominee's.")
    public final String subjectName;
    @NonNull
    public final ChangeAction action;
    @NonNull
    public final List<@NonNull FieldChange> changes;
    @Description("Why: a disqualification's or withdrawal's reason, a review's or a decision's note.")
    public final String reason;
    @NonNull
    @Description("Login of who made the correction.")
    public final String by;
    @NonNull
    public final OffsetDateTime at;

    RecordChange(RecordChangeEntity e, List<FieldChange> changes) {
        this.subjectId = NodeId.of(e.subject, e.subjectId);
        this.subject = e.subject;
        this.subjectName = e.subjectName;
        this.action = e.action;
        this.changes = List.copyOf(changes);
        this.reason = e.reason;
        this.by = e.changedBy;
        this.at = e.changedAt;
    }
}
