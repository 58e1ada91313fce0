package org.biwu.results;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/**
 * One attempt of an aspect in a leaderboard entry (a dive, a run).
 *
 * @param score points, rounded to the event's decimals; null until every expected mark is in
 */
@Type("AttemptScore")
@Description("One attempt of an aspect (a dive, a run): its score once every expected mark is in, in points.")
public record AttemptScore(int attempt, Double score, int marksIn, int marksExpected) {
}
