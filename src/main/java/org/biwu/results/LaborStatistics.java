package org.biwu.results;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** 全域 figures of labor competitions for one organization's subtree and one year. */
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
        int commendedUnits) {
}
