package org.biwu.results;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * An aspect's score in a leaderboard entry.
 *
 * @param score the attempts combined (sum, best or average), in points; null while none is complete
 */
@Type("AspectScore")
@Description("An aspect's score in a leaderboard entry: its attempts combined, in points, and each attempt.")
public record AspectScore(@NonNull String aspect, Double score, boolean complete, @NonNull List<@NonNull AttemptScore> attempts) {
}
