package org.biwu.certificates;

import org.eclipse.microprofile.graphql.Description;

/** What a certificate states. */
@Description("What a certificate states.")
public enum CertificateKind {
    /** An award of the final standings (金牌, 一等奖, 先进集体 …). */
    @Description("An award of the final standings (金牌, 一等奖, 先进集体 …).")
    AWARD,
    /** An approved SKILL_LEVEL promotion outcome. */
    @Description("An approved SKILL_LEVEL promotion outcome.")
    SKILL_LEVEL,
    /** An approved TITLE promotion outcome. */
    @Description("An approved TITLE promotion outcome.")
    TITLE
}
