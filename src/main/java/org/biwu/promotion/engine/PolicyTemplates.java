package org.biwu.promotion.engine;

import static org.biwu.promotion.engine.CompetitionLevel.MUNICIPAL_CLASS_I;
import static org.biwu.promotion.engine.CompetitionLevel.MUNICIPAL_CLASS_II;
import static org.biwu.promotion.engine.CompetitionLevel.NATIONAL_CLASS_I;
import static org.biwu.promotion.engine.CompetitionLevel.NATIONAL_CLASS_II;
import static org.biwu.promotion.engine.CompetitionLevel.PROVINCIAL_CLASS_I;
import static org.biwu.promotion.engine.CompetitionLevel.PROVINCIAL_CLASS_II;
import static org.biwu.promotion.engine.PersonCategory.EMPLOYEE;
import static org.biwu.promotion.engine.PromotionRule.when;
import static org.biwu.promotion.engine.SkillLevel.SENIOR;
import static org.biwu.promotion.engine.SkillLevel.TECHNICIAN;

import java.util.List;
import java.util.Set;

/**
 * Published results-to-promotion policies as data: one factory per row of RULES.md's table "What
 * results earn" that rules can express. Names and sources are those RULES.md gives.
 *
 * <p>Common to all templates:
 * <ul>
 *   <li>"Level X (already X → next)" is the contract's {@code level} semantics, so every level rule
 *       is {@code grantsLevel(X)}. Where a document names only X (Hunan, Hainan, Zhenjiang, Tongling,
 *       2012), a person already at X is still proposed the next level: the contract has no
 *       "exactly X" rule. HR sees that in the reason ("already 高级工") and decides.</li>
 *   <li>RULES.md names no once-a-year limit for these documents, so oncePerYear is false; an
 *       organizer switches it on with {@link PromotionPolicy#withOncePerYear(boolean)}.</li>
 *   <li>Award names (金牌, 优胜奖, 一等奖 …) must be those of the event's award rules: the templates
 *       read the award, they do not compute it.</li>
 *   <li>Rules carry no competition-level condition, so a document that treats levels differently
 *       (Zhejiang) becomes one template per level, told apart by appliesTo.</li>
 *   <li>Not a template: Shandong's 鲁人社发〔2020〕16号 (高级工 + 2 years → 助理工程师, 技师 + 3
 *       years → 工程师) links skill levels to professional titles over years of service; it is not a
 *       competition outcome.</li>
 * </ul>
 */
public final class PolicyTemplates {

    /** 全国技术能手, the national honorary title. */
    public static final String NATIONAL_TECHNICAL_EXPERT = "全国技术能手";
    static final String[] MEDALS = {"金牌", "银牌", "铜牌"};
    static final String[] MEDALS_AND_EXCELLENCE = {"金牌", "银牌", "铜牌", "优胜奖"};
    static final String[] PRIZES = {"一等奖", "二等奖", "三等奖"};

    private PolicyTemplates() {
    }

    /** Every template, in the order of RULES.md's table. */
    public static List<PromotionPolicy> all() {
        return List.of(chinaSkillsCompetitionNationalClassI2017(), firstNationalSkillsCompetition2020(),
                anhuiProvincialClassI2023(), zhejiangProvincialClassI2016(), zhejiangProvincialClassII2016(),
                zhejiangMunicipalClassI2016(), zhejiangMunicipalClassII2016(), hunanProvincial(), hainanProvincial(),
                zhenjiangMunicipal2009(), tonglingMunicipalClassI2023(), nationalContestSeniorGroup2012());
    }

    /**
     * 中国技能大赛, 国家级一类 (2017): employee finalists placed 1–5 → 全国技术能手 and 技师 (already →
     * 高级技师); places 6–20 → 高级工 (already → 技师). Both bands are for employees (职工选手).
     */
    public static PromotionPolicy chinaSkillsCompetitionNationalClassI2017() {
        return PromotionPolicy.of("中国技能大赛 国家级一类竞赛 (2017)", "人社部 notice on 2017 national class-I contests",
                Set.of(NATIONAL_CLASS_I),
                when().ranks(1, 5).category(EMPLOYEE).grantsTitle(NATIONAL_TECHNICAL_EXPERT),
                when().ranks(1, 5).category(EMPLOYEE).grantsLevel(TECHNICIAN),
                when().ranks(6, 20).category(EMPLOYEE).grantsLevel(SENIOR));
    }

    /**
     * 第一届全国技能大赛 (2020): 全国技术能手 to the top 5 of single-person events, the top 3 of pair
     * events and the top 2 of events for three or more; 优胜奖 or better (金牌/银牌/铜牌/优胜奖) → 技师
     * (already → 高级技师).
     *
     * <p>"Three or more" is the team-events rule (ranks 1–2): a pair placed 1st or 2nd meets it as well
     * as the pair rule, and the title is granted once. Medals (places 1–3) and 优胜奖 (the rest of the
     * top half) are the event's award rules.
     */
    public static PromotionPolicy firstNationalSkillsCompetition2020() {
        return PromotionPolicy.of("第一届全国技能大赛 (2020)", "competition rules as reported", Set.of(NATIONAL_CLASS_I),
                when().format(EventFormat.INDIVIDUAL).ranks(1, 5).grantsTitle(NATIONAL_TECHNICAL_EXPERT),
                when().format(EventFormat.TEAM).teamSize(2).ranks(1, 3).grantsTitle(NATIONAL_TECHNICAL_EXPERT),
                when().format(EventFormat.TEAM).ranks(1, 2).grantsTitle(NATIONAL_TECHNICAL_EXPERT),
                when().awards(MEDALS_AND_EXCELLENCE).grantsLevel(TECHNICIAN));
    }

    /**
     * Anhui provincial class I (2023): top 20 % → 技师 (already → 高级技师); 21–40 % → 高级工 (already →
     * 技师); 安徽省技术能手 to the 1st only with 10 or fewer finalists, the top 2 with 11–30, the top 3
     * with more than 30. "21–40 %" is the band (20 %, 40 %]: rank r of N is in it when
     * 0.2 N &lt; r ≤ 0.4 N.
     */
    public static PromotionPolicy anhuiProvincialClassI2023() {
        String title = "安徽省技术能手";
        return PromotionPolicy.of("安徽省 省级一类职业技能竞赛 (2023)", "Anhui provincial notice, 2023",
                Set.of(PROVINCIAL_CLASS_I),
                when().topPercent("20").grantsLevel(TECHNICIAN),
                when().percent("20", "40").grantsLevel(SENIOR),
                when().maxField(10).rank(1).grantsTitle(title),
                when().minField(11).maxField(30).ranks(1, 2).grantsTitle(title),
                when().minField(31).ranks(1, 3).grantsTitle(title));
    }

    /**
     * Zhejiang (2016), provincial class I: top 5 → 浙江省技术能手; top 8 → exceptional promotion to
     * 技师 (already → 高级技师).
     */
    public static PromotionPolicy zhejiangProvincialClassI2016() {
        return zhejiang("省级一类", PROVINCIAL_CLASS_I,
                when().ranks(1, 5).grantsTitle("浙江省技术能手"),
                when().ranks(1, 8).grantsLevel(TECHNICIAN));
    }

    /** Zhejiang (2016), provincial class II: top 3 → 浙江省技术能手; top 5 → 技师 (already → 高级技师). */
    public static PromotionPolicy zhejiangProvincialClassII2016() {
        return zhejiang("省级二类", PROVINCIAL_CLASS_II,
                when().ranks(1, 3).grantsTitle("浙江省技术能手"),
                when().ranks(1, 5).grantsLevel(TECHNICIAN));
    }

    /** Zhejiang (2016), municipal class I: top 3 → 技师 (already → 高级技师). */
    public static PromotionPolicy zhejiangMunicipalClassI2016() {
        return zhejiang("市级一类", MUNICIPAL_CLASS_I, when().ranks(1, 3).grantsLevel(TECHNICIAN));
    }

    /** Zhejiang (2016), municipal class II: 1st → 技师 (already → 高级技师). */
    public static PromotionPolicy zhejiangMunicipalClassII2016() {
        return zhejiang("市级二类", MUNICIPAL_CLASS_II, when().rank(1).grantsLevel(TECHNICIAN));
    }

    /** The four Zhejiang (2016) templates, one per competition level. */
    public static List<PromotionPolicy> zhejiang2016() {
        return List.of(zhejiangProvincialClassI2016(), zhejiangProvincialClassII2016(), zhejiangMunicipalClassI2016(),
                zhejiangMunicipalClassII2016());
    }

    private static PromotionPolicy zhejiang(String level, CompetitionLevel appliesTo, PromotionRule... rules) {
        return PromotionPolicy.of("浙江省 " + level + "竞赛 (2016)", "Zhejiang provincial rule, 2016", Set.of(appliesTo),
                rules);
    }

    /**
     * Hunan (provincial): 优胜奖 or better → 技师; an employee placed 1st → nomination for the
     * provincial 五一劳动奖章 (湖南省五一劳动奖章).
     */
    public static PromotionPolicy hunanProvincial() {
        return PromotionPolicy.of("湖南省 省级职业技能竞赛", "provincial rules as reported",
                Set.of(PROVINCIAL_CLASS_I, PROVINCIAL_CLASS_II),
                when().awards(MEDALS_AND_EXCELLENCE).grantsLevel(TECHNICIAN),
                when().rank(1).category(EMPLOYEE).nominatesFor("湖南省五一劳动奖章"));
    }

    /** Hainan (provincial): medallists → 技师 (二级); 优胜奖 → 高级工 (三级). */
    public static PromotionPolicy hainanProvincial() {
        return PromotionPolicy.of("海南省 省级职业技能竞赛", "provincial rules as reported",
                Set.of(PROVINCIAL_CLASS_I, PROVINCIAL_CLASS_II),
                when().awards(MEDALS).grantsLevel(TECHNICIAN),
                when().awards("优胜奖").grantsLevel(SENIOR));
    }

    /**
     * Zhenjiang municipal (2009): theory and practical both passed → 高级工; top 3 by total → 镇江市技术能手;
     * top 5 → 镇江市五一技术标兵. "Top 3 may apply for 技师 exceptionally" is an application, not an
     * outcome, and is left to HR.
     */
    public static PromotionPolicy zhenjiangMunicipal2009() {
        return PromotionPolicy.of("镇江市 市级职业技能竞赛 (2009)", "local report, 2009",
                Set.of(MUNICIPAL_CLASS_I, MUNICIPAL_CLASS_II),
                when().passedModules().grantsLevel(SENIOR),
                when().ranks(1, 3).grantsTitle("镇江市技术能手"),
                when().ranks(1, 5).grantsTitle("镇江市五一技术标兵"));
    }

    /**
     * Tongling municipal class I (2023, 钳工): 1st → nomination for 铜都劳动奖章; 三等奖 or better
     * (一等奖/二等奖/三等奖) → 高级工. "When eligible" is the registration's approval (only APPROVED
     * entries earn outcomes) and HR's decision on the proposal.
     */
    public static PromotionPolicy tonglingMunicipalClassI2023() {
        return PromotionPolicy.of("铜陵市 市级一类职业技能竞赛 (2023)", "local report, 2023", Set.of(MUNICIPAL_CLASS_I),
                when().rank(1).nominatesFor("铜都劳动奖章"),
                when().awards(PRIZES).grantsLevel(SENIOR));
    }

    /**
     * National contest (2012), senior group: top 5 → 技师, 6–15 → 高级工. Rules cannot name an event or
     * group, so this template is for the senior group's (高级组) event only; its prizes (一/二/三等奖 to
     * 10 % / 20 % / 30 %) are award rules of the event, not outcomes.
     */
    public static PromotionPolicy nationalContestSeniorGroup2012() {
        return PromotionPolicy.of("全国职业技能竞赛 高级组 (2012)", "national contest rules, 2012",
                Set.of(NATIONAL_CLASS_I, NATIONAL_CLASS_II),
                when().ranks(1, 5).grantsLevel(TECHNICIAN),
                when().ranks(6, 15).grantsLevel(SENIOR));
    }
}
