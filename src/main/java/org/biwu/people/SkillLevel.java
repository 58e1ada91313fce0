package org.biwu.people;

import org.eclipse.microprofile.graphql.Description;

/** The national vocational skill ladder (人社部发〔2022〕14号), lowest first. */
@Description("The national vocational skill ladder (人社部发〔2022〕14号): 学徒工 … 首席技师.")
public enum SkillLevel {
    /** 学徒工 */
    APPRENTICE,
    /** 初级工 (五级) */
    JUNIOR,
    /** 中级工 (四级) */
    INTERMEDIATE,
    /** 高级工 (三级) */
    SENIOR,
    /** 技师 (二级) */
    TECHNICIAN,
    /** 高级技师 (一级) */
    SENIOR_TECHNICIAN,
    /** 特级技师 */
    PRINCIPAL_TECHNICIAN,
    /** 首席技师 */
    CHIEF_TECHNICIAN
}
