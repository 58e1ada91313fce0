package org.biwu.competition;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** A stage with its own standings: 预赛/初赛, 复赛, 决赛; a diving prelim, semi or final; a labor-contest period. */
@Description("A stage with its own standings: 预赛/初赛, 复赛, 决赛; a diving prelim, semi or final; a labor-contest period.")
public record Round(
        @NonNull String code,
        @NonNull String name,
        @Description("Order of the round in the event, from 1.") int sequence,
        @Description("How many competitors advance to the next round, by rank; null means all.") Integer advancingCount,
        @Description("Codes of earlier rounds whose totals are added to this round's total for ranking.")
        @NonNull List<@NonNull String> rankingIncludes,
        @NonNull List<@NonNull Module> modules,
        @Description("The assessment period (考核周期) this round covers: its first day.") LocalDate startsOn,
        @Description("The assessment period's last day.") LocalDate endsOn,
        @JsonIgnore @Ignore Long eventNumber) {

    /** The number of the event this round belongs to: set when an {@link Event} publishes it, never stored; null in a bare scheme. */
    @Override
    @JsonIgnore
    @Ignore
    public Long eventNumber() {
        return eventNumber;
    }

    /** The code of the module that holds aspect {@code aspect}; null when none does. */
    @JsonIgnore
    @Ignore
    public String moduleOf(String aspect) {
        return modules.stream().filter(m -> m.aspects().stream().anyMatch(a -> a.code().equals(aspect)))
                .map(Module::code).findFirst().orElse(null);
    }

    /** This round as a round of event {@code event}. */
    Round of(long event) {
        return new Round(code, name, sequence, advancingCount, rankingIncludes, modules, startsOn, endsOn, event);
    }
}
