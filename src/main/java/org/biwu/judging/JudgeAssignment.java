package org.biwu.judging;

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

    private final long number;
    private final long eventNumber;

    public JudgeAssignment(JudgeAssignmentEntity e) {
        this.number = e.id;
        this.eventNumber = e.eventId;
        this.id = NodeId.of("JudgeAssignment", e.id);
        this.name = e.name;
        this.affiliation = e.affiliation;
        this.role = e.role;
        this.username = e.username;
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
}
