package org.biwu.organizations;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** What an organization is: a trade union federation, an enterprise, one of its departments or teams, a school, a government department. */
@Enum("OrganizationKind")
public enum OrganizationKind {
    @Description("总工会 at any level (national, provincial, municipal, district).")
    FEDERATION,
    @Description("产业工会 / 行业协会.")
    INDUSTRY_UNION,
    @Description("An employer: a company, a group or one of its subsidiaries.")
    ENTERPRISE,
    @Description("A department, workshop (车间) or project department (项目部) of an enterprise.")
    DEPARTMENT,
    @Description("A team (班组).")
    TEAM,
    SCHOOL,
    @Description("A government department (人社局, 住建厅 …).")
    AUTHORITY
}
