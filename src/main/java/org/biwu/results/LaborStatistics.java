package org.biwu.results;

import java.util.List;
import org.biwu.competition.CompetitionLevel;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** 全域 figures of labor competitions for one organization's subtree and one year, with the same figures by month and by level. */
@Type("LaborStatistics")
@Description("Labor competitions of an organization and everything below it in one year (全域统计).")
public record LaborStatistics(
        int year,
        @Description("LABOR competitions run by the organization or below it that started in the year (taken into management, "
                + "APPROVED; the creation date when no start date is set).") int competitions,
        @Description("Participating units (registrations) in them, withdrawn ones left out.") int units,
        @Description("Sum of the registrations' participants (参赛职工人次); a registration without the figure counts its "
                + "registered members.") int workerParticipations,
        @Description("Registrations of those competitions' final standings that received an award (kept when results are published).")
        int commendedUnits,
        @Description("The same figures by the month the competitions started, months without any left out, in month order.")
        @NonNull List<@NonNull LaborMonthStatistics> byMonth,
        @Description("The same figures by competition level, levels without any left out, in the order of CompetitionLevel.")
        @NonNull List<@NonNull LaborLevelStatistics> byLevel) {

    /** The figures of the competitions that started in one month. */
    @Type("LaborMonthStatistics")
    public record LaborMonthStatistics(@Description("1 to 12.") int month, int competitions, int units, int workerParticipations,
                                       int commendedUnits) {
    }

    /** The figures of the competitions of one level. */
    @Type("LaborLevelStatistics")
    public record LaborLevelStatistics(@NonNull CompetitionLevel level, int competitions, int units, int workerParticipations,
                                       int commendedUnits) {
    }
}
