package org.biwu.competition;

import org.eclipse.microprofile.graphql.Description;

/** What the organization where a declaration waits decides. */
@Description("What the organization where a declaration waits decides.")
public enum ReviewDecision {
    @Description("Take the competition into management at this organization's level.")
    APPROVE,
    @Description("Pass the declaration on to this organization's parent (逐级上报, e.g. as a provincial key project).")
    RECOMMEND,
    @Description("Send it back to the declaring organization.")
    RETURN
}
