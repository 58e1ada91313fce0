package org.biwu.results;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * A module's score in a leaderboard entry.
 *
 * @param score  sum of the module's aspect scores, in points (unweighted); null while none is scored
 * @param passed score reaches the module's pass mark; null without a pass mark or a score
 */
@Type("ModuleScore")
public record ModuleScore(@NonNull String module, Double score, Boolean passed,
                          @Description("The module's aspects with their attempts; empty in frozen and hidden standings.")
                          @NonNull List<@NonNull AspectScore> aspects) {
}
