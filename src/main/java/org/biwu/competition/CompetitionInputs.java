package org.biwu.competition;

import java.time.LocalDate;
import java.util.List;
import org.biwu.scoring.AspectEffect;
import org.biwu.scoring.AttemptCombination;
import org.biwu.scoring.MarkAggregation;
import io.smallrye.graphql.api.Nullable;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The GraphQL inputs of competitions and events. */
public final class CompetitionInputs {

    private CompetitionInputs() {
    }

    @Input("CreateCompetitionInput")
    public record CreateCompetitionInput(
            @NonNull String name,
            @NonNull CompetitionKind kind,
            @NonNull CompetitionLevel level,
            String organizerName,
            LocalDate startsOn,
            LocalDate endsOn,
            @Description("LIVE when absent.") ResultsVisibility resultsVisibility,
            @Id @Description("The organization that runs it. Absent: the one organization where the caller is ORGANIZER; INVALID when there are several.")
            String organizationId) {
    }

    @Input("AspectInput")
    public record AspectInput(
            @NonNull String code,
            @NonNull String name,
            @NonNull AspectKind kind,
            @NonNull Double maxMark,
            @NonNull Integer judges,
            @NonNull MarkAggregation aggregation,
            @Description("0 when absent.") Integer dropHighest,
            @Description("0 when absent.") Integer dropLowest,
            @Description("1 when absent.") Double scaleFactor,
            @Description("1 when absent.") Integer attempts,
            @Description("SUM when absent.") AttemptCombination attemptCombination,
            @Description("Attempts carry a difficulty coefficient (难度系数, e.g. a dive's DD) given with their marks; false when absent.")
            Boolean difficulty,
            @Description("ADD when absent.") AspectEffect effect,
            @Description("Largest allowed difference between the highest and lowest mark of one attempt, in points, at least 0; "
                    + "null: no check.") Double maxSpread) {
    }

    @Input("ModuleInput")
    public record ModuleInput(
            @NonNull String code,
            @NonNull String name,
            @NonNull Double weight,
            Double passMark,
            @NonNull List<@NonNull AspectInput> aspects,
            @Description("0 when absent.") Double baseScore,
            Double maxScore) {
    }

    @Input("RoundInput")
    public record RoundInput(
            @NonNull String code,
            @NonNull String name,
            Integer advancingCount,
            @Nullable List<@NonNull String> rankingIncludes,
            @NonNull List<@NonNull ModuleInput> modules,
            LocalDate startsOn,
            LocalDate endsOn) {
    }

    @Input("AwardRuleInput")
    @Description("Awards of the last round, tried in order; an entry gets the first rule it meets.")
    public record AwardRuleInput(
            @NonNull String name,
            Integer rankFrom,
            Integer rankTo,
            @Description("Percent band of ranked entries: rank r of N qualifies when N*percentFrom/100 < r <= N*percentTo/100.")
            Double percentFrom,
            Double percentTo,
            Double minTotal) {
    }

    @Input("UpdateCompetitionInput")
    @Description("A competition's facts as they should be (the whole set: a field left empty is cleared). "
            + "Name, organizer and dates can be corrected until the competition is FINAL; its level until scoring is "
            + "closed (promotion policies go by it); its kind only while it is a DRAFT. Each correction is kept in its history.")
    public record UpdateCompetitionInput(
            @NonNull @Id String id,
            @NonNull String name,
            @Description("Unchanged when absent; changes only while DRAFT.") CompetitionKind kind,
            @NonNull CompetitionLevel level,
            String organizerName,
            LocalDate startsOn,
            LocalDate endsOn) {
    }

    /** What creating and correcting an event both say of it: the marking scheme and how the event runs. */
    public interface EventDefinition {
        String name();

        String occupationCode();

        EventFormat format();

        Integer teamSize();

        Integer scoreDecimals();

        List<String> tieBreakModules();

        ConflictPolicy conflictPolicy();

        List<RoundInput> rounds();

        List<AwardRuleInput> awards();
    }

    @Input("CreateEventInput")
    public record CreateEventInput(
            @NonNull @Id String competitionId,
            @NonNull String name,
            String occupationCode,
            @NonNull EventFormat format,
            @Description("1 for INDIVIDUAL when absent.") Integer teamSize,
            @Description("2 when absent.") Integer scoreDecimals,
            @Description("Module codes compared in order, higher score first, to separate equal totals; still equal means equal rank.")
            @Nullable List<@NonNull String> tieBreakModules,
            @Description("BLOCK when absent.") ConflictPolicy conflictPolicy,
            @NonNull List<@NonNull RoundInput> rounds,
            @Nullable List<@NonNull AwardRuleInput> awards,
            @Description("二次加密: judges (not chief judges) see each registration only by its drawCode; false when absent. "
                    + "Fixed once the event is created.") Boolean anonymousJudging,
            @Description("Scorekeepers' paper entries count once two different scorekeepers typed the same value; false when absent. "
                    + "Fixed once the event is created.") Boolean doubleEntry) implements EventDefinition {
    }

    @Input("UpdateEventInput")
    @Description("""
            An event as it should be (the whole definition, as in createEvent: rounds, modules and aspects are added, \
            removed or changed by sending the scheme as it should be). Name and occupation code can be corrected until \
            the competition is FINAL; awards and tie-breaks until results are PUBLISHED (the standings follow at once); \
            rounds, modules, aspects, score decimals and the conflict policy only while nothing is marked and scoring is \
            not closed; format and team size only while nobody is registered. Each correction is kept in its history.""")
    public record UpdateEventInput(
            @NonNull @Id String id,
            @NonNull String name,
            String occupationCode,
            @NonNull EventFormat format,
            @Description("1 for INDIVIDUAL when absent.") Integer teamSize,
            @Description("2 when absent.") Integer scoreDecimals,
            @Nullable List<@NonNull String> tieBreakModules,
            @Description("BLOCK when absent.") ConflictPolicy conflictPolicy,
            @NonNull List<@NonNull RoundInput> rounds,
            @Nullable List<@NonNull AwardRuleInput> awards) implements EventDefinition {
    }

    @Input("ReviewCompetitionInput")
    @Description("A review decision on a declared labor competition, by the organization where it waits.")
    public record ReviewCompetitionInput(
            @NonNull @Id String competitionId,
            @NonNull ReviewDecision decision,
            @Description("Required for RETURN: what the declaring organization should change; at most 1000 characters.") String note) {
    }
}
