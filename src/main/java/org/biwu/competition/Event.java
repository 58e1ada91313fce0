package org.biwu.competition;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.biwu.api.Node;
import org.biwu.api.NodeId;
import org.biwu.scoring.EventRules;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * 赛项: one occupation's contest inside a competition, as it stands at one revision. A correction
 * makes a new revision (a new {@code Event}); services keep the current one in memory ({@link EventCatalog}).
 */
@Description("赛项: one occupation's contest inside a competition (a WorldSkills 'skill').")
public class Event implements Node {

    private final String id;
    @NonNull
    public final String name;
    @Description("Occupation code of the national classification (职业分类大典), e.g. 6-18-02-04 for 焊工.")
    public final String occupationCode;
    @NonNull
    public final EventFormat format;
    @Description("Persons per registration: 1 in INDIVIDUAL events.")
    public final int teamSize;
    @Description("Decimals of attempt, aspect, module and round scores, rounded half-up.")
    public final int scoreDecimals;
    @NonNull
    public final ConflictPolicy conflictPolicy;
    @Description("二次加密: judges (not chief judges) see each registration only by its drawCode.")
    public final boolean anonymousJudging;
    @Description("""
            Marks that scorekeepers type in from paper count only once two different scorekeepers entered the same \
            value; a chief judge's or organizer's entry for the slot settles it and counts at once. Judges' own \
            entries count at once.""")
    public final boolean doubleEntry;
    @NonNull
    public final List<@NonNull Round> rounds;
    @NonNull
    @Description("Award rules of the last round, tried in order.")
    public final List<@NonNull AwardRule> awards;
    @NonNull
    @Description("Module codes compared in order, higher score first, to separate equal totals.")
    public final List<@NonNull String> tieBreakModules;

    private final long number;
    private final long competitionNumber;
    private final int revision;
    private final EventRules rules;

    public Event(EventEntity e, Scheme scheme) {
        this.number = e.id;
        this.id = NodeId.of("Event", e.id);
        this.competitionNumber = e.competitionId;
        this.revision = e.revision;
        this.name = e.name;
        this.occupationCode = e.occupationCode;
        this.format = e.format;
        this.teamSize = e.teamSize;
        this.scoreDecimals = e.scoreDecimals;
        this.conflictPolicy = e.conflictPolicy;
        this.doubleEntry = e.doubleEntry;
        this.anonymousJudging = e.anonymousJudging;
        this.rounds = scheme.rounds().stream().map(r -> r.of(e.id)).toList();
        this.awards = List.copyOf(scheme.awards());
        this.tieBreakModules = List.copyOf(scheme.tieBreakModules());
        this.rules = scheme.toRules(e.scoreDecimals);
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
    public long competitionNumber() {
        return competitionNumber;
    }

    /** Grows by one with every correction of the event. */
    @Ignore
    public int revision() {
        return revision;
    }

    /** The marking scheme as the scoring engine reads it. */
    @Ignore
    public EventRules rules() {
        return rules;
    }

    /** The round with this code; the last round when {@code code} is null. */
    @Ignore
    public java.util.Optional<Round> round(String code) {
        return code == null ? java.util.Optional.of(rounds.get(rounds.size() - 1))
                : rounds.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /**
     * The standings a change of marks affects: for {@code changed} (round code → registration
     * numbers whose marks changed in it), every round whose entries change, with those numbers —
     * the changed rounds and every later round whose ranking includes one of them, in round order.
     */
    @Ignore
    public Map<String, Set<Long>> standingsAffectedBy(Map<String, Set<Long>> changed) {
        Map<String, Set<Long>> affected = new LinkedHashMap<>();
        for (Round round : rounds) {
            Set<Long> regs = new LinkedHashSet<>(changed.getOrDefault(round.code(), Set.of()));
            for (String included : round.rankingIncludes()) {
                regs.addAll(affected.getOrDefault(included, Set.of()));
            }
            if (!regs.isEmpty()) {
                affected.put(round.code(), regs);
            }
        }
        return affected;
    }
}
