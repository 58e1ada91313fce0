package org.biwu.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stage with its own standings: 预赛, 复赛, 决赛; a labor-contest assessment period.
 *
 * @param code            unique within the event
 * @param sequence        order of the round in the event, from 1
 * @param advancingCount  how many competitors go on to the next round, by rank; null: all ranked
 * @param rankingIncludes codes of earlier rounds whose round totals add to this round's ranking total
 * @param modules         the round's modules
 */
public record RoundRule(String code, int sequence, Integer advancingCount, List<String> rankingIncludes,
                        List<ModuleRule> modules) {

    public RoundRule {
        Objects.requireNonNull(code, "code");
        rankingIncludes = List.copyOf(rankingIncludes);
        modules = List.copyOf(modules);
    }

    /** The aspect with this code in any of the round's modules. */
    public Optional<AspectRule> aspect(String aspectCode) {
        return modules.stream().flatMap(m -> m.aspects().stream()).filter(a -> a.code().equals(aspectCode)).findFirst();
    }
}
