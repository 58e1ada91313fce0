package org.biwu.judging;

import java.util.List;
import org.biwu.api.Node;
import org.biwu.api.NodeId;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** A judge, chief judge or scorekeeper of one event; its event comes from {@link JudgingGraphQLApi}. */
@Description("A judge, chief judge or scorekeeper of one event.")
public class JudgeAssignment implements Node {

    private final String id;
    @NonNull
    public final String name;
    public final String affiliation;
    @NonNull
    public final JudgeRole role;
    @Description("Login name of the judge's account; null for a judge whose marks come from paper sheets only.")
    public final String username;
    @NonNull
    @Description("Aspect codes this judge marks, in every round that has them (WorldSkills' judge groups); empty: every aspect.")
    public final List<@NonNull String> aspects;
    @Description("False once the judge was replaced: the marks given stay, the judge who replaced them marks from then on.")
    public final boolean active;
    @Description("Whether the identity server knew the login when the panel was saved; false: the login was not checked "
            + "(the identity server could not be asked); null without a login.")
    public final Boolean loginVerified;

    private final long number;
    private final long eventNumber;
    private final Long replacedBy;

    public JudgeAssignment(JudgeAssignmentEntity e) {
        this.number = e.id;
        this.eventNumber = e.eventId;
        this.id = NodeId.of("JudgeAssignment", e.id);
        this.name = e.name;
        this.affiliation = e.affiliation;
        this.role = e.role;
        this.username = e.username;
        this.aspects = e.aspects;
        this.active = e.active();
        this.loginVerified = e.loginVerified;
        this.replacedBy = e.replacedBy;
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
    public long eventNumber() {
        return eventNumber;
    }

    /** The number of the judge who replaced this one, or null. */
    @Ignore
    public Long replacedByNumber() {
        return replacedBy;
    }
}
