package org.biwu.api;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/**
 * {@link Messages} in Chinese (zh-CN), the language of most of Biwu's readers: the terms are the
 * glossary's (评分项, 参赛号, 回避 …). {@code ChineseMessagesTest} holds it complete: every message of
 * {@link Messages} is written here.
 */
@Localized(Language.CHINESE)
public interface ChineseMessages extends Messages {

    // ---------------------------------------------------------------- how a message is put together

    @Override
    @Message("{field}：{problem}")
    String fieldAndProblem(String field, String problem);

    @Override
    @Message(" ")
    String fieldSeparator();

    @Override
    @Message("、")
    String listSeparator();

    @Override
    @Message("""
            {#switch name}\
            {#case 'id'}编号{#case 'competitionId'}竞赛{#case 'eventId'}赛项{#case 'registrationId'}报名\
            {#case 'judgeId'}裁判{#case 'policyId'}晋升政策{#case 'input'}输入\
            {#case 'name'}名称{#case 'kind'}类型{#case 'level'}级别{#case 'status'}状态\
            {#case 'organizerName'}主办单位{#case 'startsOn'}开始日期{#case 'endsOn'}结束日期\
            {#case 'resultsVisibility'}成绩公开方式{#case 'visibility'}成绩公开方式\
            {#case 'occupationCode'}职业编码{#case 'format'}比赛形式{#case 'teamSize'}每队人数\
            {#case 'scoreDecimals'}成绩小数位数{#case 'tieBreakModules'}同分比较模块\
            {#case 'conflictPolicy'}回避规则{#case 'rounds'}轮次{#case 'code'}代码\
            {#case 'advancingCount'}晋级人数{#case 'rankingIncludes'}累计轮次\
            {#case 'modules'}模块{#case 'weight'}权重{#case 'passMark'}及格分{#case 'aspects'}评分项\
            {#case 'maxMark'}满分{#case 'judges'}裁判{#case 'aggregation'}计分方式\
            {#case 'dropHighest'}去掉最高分个数{#case 'dropLowest'}去掉最低分个数\
            {#case 'scaleFactor'}系数{#case 'maxSpread'}最大分差{#case 'attempts'}次数{#case 'attemptCombination'}多次成绩取法\
            {#case 'difficulty'}难度系数{#case 'awards'}奖项{#case 'rankFrom'}起始名次{#case 'rankTo'}截止名次\
            {#case 'percentFrom'}起始百分比{#case 'percentTo'}截止百分比{#case 'minTotal'}最低总分\
            {#case 'competitors'}选手{#case 'affiliation'}工作单位{#case 'bib'}参赛号{#case 'team'}代表队\
            {#case 'nationalId'}身份证号{#case 'skillLevel'}技能等级{#case 'category'}人员类别\
            {#case 'username'}登录名{#case 'members'}队员{#case 'role'}职务\
            {#case 'marks'}评分{#case 'round'}轮次{#case 'aspect'}评分项{#case 'module'}模块{#case 'attempt'}第几次{#case 'value'}分值\
            {#case 'idempotencyKey'}提交编号{#case 'first'}每页条数{#case 'after'}分页位置\
            {#case 'rules'}规则{#case 'outcome'}结果类型{#case 'levelSteps'}晋升级数{#case 'title'}称号\
            {#case 'minField'}最少参赛数{#case 'maxField'}最多参赛数\
            {#case 'requirePassedModules'}须各模块及格{#case 'appliesTo'}适用竞赛级别\
            {#case 'source'}依据文件{#case 'oncePerYear'}每年限一次{#case 'note'}意见{#case 'reason'}原因\
            {#case 'judge'}裁判{#case 'from'}复制自{#case 'to'}复制到{#case 'personId'}队员\
            {#case 'noticeDays'}公示期{#case 'corrections'}更正{#case 'parentId'}上级单位{#case 'regionCode'}行政区划代码{#case 'organizationId'}单位{#case 'file'}文件\
            {#else}{name}{/switch}""")
    String field(String name);

    @Override
    @Message("""
            {#switch listAndField}\
            {#case 'competitors.name'}姓名{#case 'members.name'}姓名{#case 'judges.name'}姓名\
            {#case 'aspects.judges'}评分人数{#case 'rules.level'}晋升等级\
            {#case 'judge.name'}姓名\
            {#else}{/switch}""")
    String fieldOf(String listAndField);

    @Override
    @Message("""
            {#switch list}\
            {#case 'competitors'}第{number}名选手{#case 'members'}第{number}名队员{#case 'marks'}第{number}条评分\
            {#case 'rounds'}第{number}轮{#case 'modules'}第{number}个模块{#case 'aspects'}第{number}个评分项\
            {#case 'awards'}第{number}个奖项{#case 'judges'}第{number}名裁判{#case 'rules'}第{number}条规则\
            {#case 'tieBreakModules'}第{number}个同分比较模块{#case 'rankingIncludes'}第{number}个累计轮次\
            {#case 'aspectCodes'}第{number}个评分项\
            {#else}{list}第{number}项{/switch}""")
    String listEntry(String list, int number);

    @Override
    @Message("""
            {#switch type}\
            {#case 'Competition'}竞赛{#case 'Certificate'}证书{#case 'Appeal'}申诉{#case 'Event'}赛项{#case 'Registration'}报名\
            {#case 'JudgeAssignment'}裁判{#case 'Person'}人员{#case 'PromotionPolicy'}晋升政策\
            {#case 'PromotionOutcome'}晋升结果{#case 'Mark'}评分{#case 'Organization'}单位{#case 'RoleGrant'}授权{#case 'CommendationNomination'}推荐\
            {#else}{type}{/switch}""")
    String thing(String type);

    // ---------------------------------------------------------------- the API's enums in words

    @Override
    @Message("""
            {#switch status}{#case 'NOT_DECLARED'}未申报{#case 'DECLARED'}已申报待审核{#case 'RETURNED'}已退回\
            {#case 'APPROVED'}已批准{#else}{status}{/switch}""")
    String approvalStatus(String status);

    @Override
    @Message("""
            {#switch status}{#case 'DRAFT'}草稿{#case 'REGISTRATION'}报名中{#case 'RUNNING'}比赛中\
            {#case 'SCORING_CLOSED'}评分结束{#case 'PUBLISHED'}成绩公示{#case 'FINAL'}成绩确认{#case 'ARCHIVED'}已归档\
            {#else}{status}{/switch}""")
    String competitionStatus(String status);

    @Override
    @Message("""
            {#switch level}{#case 'INTERNATIONAL'}国际赛{#case 'NATIONAL_CLASS_I'}国家级一类\
            {#case 'NATIONAL_CLASS_II'}国家级二类{#case 'PROVINCIAL_CLASS_I'}省级一类\
            {#case 'PROVINCIAL_CLASS_II'}省级二类{#case 'MUNICIPAL_CLASS_I'}市级一类\
            {#case 'MUNICIPAL_CLASS_II'}市级二类{#case 'DISTRICT'}区级{#case 'INDUSTRY'}行业\
            {#case 'ENTERPRISE'}企业{#case 'SCHOOL'}院校\
            {#else}{level}{/switch}""")
    String competitionLevel(String level);

    @Override
    @Message("{#switch kind}{#case 'SKILL'}职业技能竞赛{#case 'LABOR'}劳动竞赛{#else}{kind}{/switch}")
    String competitionKind(String kind);

    @Override
    @Message("""
            {#switch status}{#case 'PENDING'}待审核{#case 'APPROVED'}已确认{#case 'WITHDRAWN'}已退赛\
            {#case 'DISQUALIFIED'}已取消资格{#else}{status}{/switch}""")
    String registrationStatus(String status);

    @Override
    @Message("{#switch role}{#case 'JUDGE'}裁判员{#case 'CHIEF_JUDGE'}裁判长{#case 'SCOREKEEPER'}记分员{#else}{role}{/switch}")
    String judgeRole(String role);

    @Override
    @Message("""
            {#switch level}{#case 'APPRENTICE'}学徒工{#case 'JUNIOR'}初级工\
            {#case 'INTERMEDIATE'}中级工{#case 'SENIOR'}高级工\
            {#case 'TECHNICIAN'}技师{#case 'SENIOR_TECHNICIAN'}高级技师\
            {#case 'PRINCIPAL_TECHNICIAN'}特级技师{#case 'CHIEF_TECHNICIAN'}首席技师\
            {#else}{level}{/switch}""")
    String skillLevel(String level);

    @Override
    @Message("无技能等级记录")
    String noSkillLevel();

    @Override
    @Message("{#switch category}{#case 'EMPLOYEE'}职工{#case 'STUDENT'}学生{#case 'OTHER'}其他{#else}{category}{/switch}")
    String personCategory(String category);

    @Override
    @Message("""
            {#switch kind}{#case 'SKILL_LEVEL'}技能等级{#case 'TITLE'}荣誉称号{#case 'HONOR_NOMINATION'}荣誉推荐\
            {#else}{kind}{/switch}""")
    String outcomeKind(String kind);

    @Override
    @Message("{#switch status}{#case 'PROPOSED'}待审核{#case 'APPROVED'}批准{#case 'REJECTED'}驳回{#else}{status}{/switch}")
    String outcomeStatus(String status);

    @Override
    @Message("""
            {#switch role}{#case 'organizer'}组织者{#case 'chief-judge'}裁判长{#case 'judge'}裁判员\
            {#case 'scorekeeper'}记分员{#case 'hr'}人力资源{#case 'competitor'}选手{#case 'viewer'}观众\
            {#case 'partner'}合作系统{#case 'admin'}平台管理员{#else}{role}{/switch}""")
    String role(String role);

    // ---------------------------------------------------------------- common refusals

    @Override
    @Message("找不到{what}（编号 {id}）")
    String noSuch(String what, String id);

    @Override
    @Message("\u201c{id}\u201d不是{what}的编号")
    String notAnId(String id, String what);

    @Override
    @Message("不能为空")
    String mustNotBeBlank();

    @Override
    @Message("应在 {min} 到 {max} 之间")
    String between(String min, String max);

    @Override
    @Message("不能为负数")
    String notNegative();

    @Override
    @Message("应大于 0")
    String aboveZero();

    @Override
    @Message("应为 1 或以上")
    String atLeastOne();

    @Override
    @Message("需要以下角色之一：{roles}")
    String needsRole(String roles);

    // ---------------------------------------------------------------- competitions

    @Override
    @Message("{endsOn} 早于开始日期 {startsOn}")
    String endsBeforeStart(String endsOn, String startsOn);

    @Override
    @Message("竞赛状态只能向前推进：当前为\u201c{current}\u201d，\u201c{wanted}\u201d在它之前")
    String movesForwardOnly(String current, String wanted);

    @Override
    @Message("比赛开始前才能添加赛项：竞赛当前为\u201c{status}\u201d")
    String eventsAddedUntilRunning(String status);

    // ---------------------------------------------------------------- marking schemes

    @Override
    @Message("个人赛每队 1 人，不是 {size} 人")
    String individualTeamSize(int size);

    @Override
    @Message("团体赛每队至少 2 人")
    String teamSizeAtLeastTwo();

    @Override
    @Message("赛项至少要有一轮")
    String needsRound();

    @Override
    @Message("\u201c{code}\u201d不是本赛项之前的轮次")
    String notAnEarlierRound(String code);

    @Override
    @Message("应为 1 或以上；全部晋级时不填")
    String advancingCount();

    @Override
    @Message("每轮至少要有一个模块")
    String needsModule();

    @Override
    @Message("\u201c{code}\u201d不是本赛项的模块")
    String notAModule(String code);

    @Override
    @Message("已有轮次使用代码\u201c{code}\u201d")
    String roundCodeTaken(String code);

    @Override
    @Message("本轮已有模块或评分项使用代码\u201c{code}\u201d")
    String codeTakenInRound(String code);

    @Override
    @Message("每个模块至少要有一个评分项")
    String needsAspect();

    @Override
    @Message("每次至少要有一个评分")
    String needsMarks();

    @Override
    @Message("单一评分每次只取一个评分，评分人数应为 1，不是 {judges}")
    String singleTakesOne(int judges);

    @Override
    @Message("只有\u201c去掉最高最低分后平均\u201d和\u201c去掉最高最低分后求和\u201d才去掉评分")
    String onlyTrimmedDrops();

    @Override
    @Message("{judges} 个评分去掉 {high} 个最高分和 {low} 个最低分后，没有剩下的评分")
    String dropsLeaveNone(int high, int low, int judges);

    @Override
    @Message("名次从 1 开始")
    String ranksStartAtOne();

    @Override
    @Message("不能小于起始名次 {rankFrom}")
    String notBelowRankFrom(int rankFrom);

    @Override
    @Message("应大于起始百分比 {percentFrom}")
    String aboveFromPercent(String percentFrom);

    @Override
    @Message("奖项需要名次范围、百分比范围或最低总分")
    String awardNeedsBand();

    @Override
    @Message("百分比应在 0 到 100 之间")
    String percentRange();

    // ---------------------------------------------------------------- registrations and persons

    @Override
    @Message("至少登记一名选手")
    String needsCompetitor();

    @Override
    @Message("不能为空；不填则自动分配")
    String bibBlank();

    @Override
    @Message("参赛号 {bib} 也给了{other}")
    String bibGivenTwice(String bib, String other);

    @Override
    @Message("个人赛只登记一人；队员用于团体赛")
    String individualNoMembers();

    @Override
    @Message("本赛项每队 {size} 人：选手本人和另外 {others} 名队员，而不是 {given} 名")
    String teamMembers(int size, int others, int given);

    @Override
    @Message("请填写代表队名称")
    String nameTheTeam();

    @Override
    @Message("与{other}的身份证号相同")
    String sameNationalId(String other);

    @Override
    @Message("{name} 已在本赛项报名")
    String alreadyRegistered(String name);

    @Override
    @Message("本赛项已有参赛号 {bib}")
    String bibTaken(String bib);

    @Override
    @Message("报名已截止：竞赛当前为\u201c{status}\u201d")
    String registrationClosed(String status);

    @Override
    @Message("登录名 {login} 属于另一个人，与该身份证号不符")
    String loginOfAnotherPerson(String login);

    @Override
    @Message("校验位应为 {expected}，不是 {given}")
    String checkCharacter(String expected, String given);

    @Override
    @Message("既不是 18 位居民身份证号，也不是 5 到 20 位字母和数字")
    String notANationalId();

    // ---------------------------------------------------------------- judging

    @Override
    @Message("至少填写一名裁判")
    String needsJudge();

    @Override
    @Message("裁判组已确定：竞赛当前为\u201c{status}\u201d")
    String panelFixed(String status);

    @Override
    @Message("{login} 已在本赛项裁判组中")
    String alreadyOnPanel(String login);

    @Override
    @Message("该提交编号已用于另一赛项的评分，请换一个新编号再提交")
    String keyOfAnotherEvent();

    @Override
    @Message("比赛进行中才接受评分：竞赛当前为\u201c{status}\u201d")
    String marksWhileRunning(String status);

    @Override
    @Message("您不在本赛项裁判组中")
    String notOnPanel();

    @Override
    @Message("裁判 {judge} 与选手同属 {affiliation}，须回避，不能为其评分")
    String recusal(String judge, String affiliation);

    @Override
    @Message("本次其他评分的难度系数为 {other}，不是 {given}")
    String difficultyDiffers(String other, String given);

    @Override
    @Message("{aspect} 第 {attempt} 次已有应有的 {judges} 个评分")
    String attemptFull(int attempt, String aspect, int judges);

    @Override
    @Message("本赛项没有报名 {id}")
    String noRegistrationInEvent(String id);

    @Override
    @Message("该报名状态为\u201c{status}\u201d")
    String registrationIs(String status);

    @Override
    @Message("本赛项没有轮次\u201c{code}\u201d")
    String noRound(String code);

    @Override
    @Message("轮次 {round} 没有评分项\u201c{code}\u201d")
    String noAspect(String round, String code);

    @Override
    @Message("评分项 {aspect} 的次数为 1 到 {attempts}，不是 {attempt}")
    String attemptRange(String aspect, int attempts, int attempt);

    @Override
    @Message("应为数字")
    String notANumber();

    @Override
    @Message("{value} 小于 0")
    String belowZero(String value);

    @Override
    @Message("{value} 高于该评分项的满分 {max}")
    String aboveMaximum(String value, String max);

    @Override
    @Message("{value} 的小数超过 {decimals} 位")
    String tooManyDecimals(String value, int decimals);

    @Override
    @Message("{value} 不是大于 0、最多 {decimals} 位小数的难度系数")
    String badDifficulty(String value, int decimals);

    @Override
    @Message("评分项 {aspect} 的每个评分都要填写本次的难度系数")
    String difficultyRequired(String aspect);

    @Override
    @Message("评分项 {aspect} 没有难度系数")
    String noDifficulty(String aspect);

    @Override
    @Message("请指明这是哪位裁判的评分")
    String nameTheJudge();

    @Override
    @Message("本赛项裁判组中没有裁判 {id}")
    String noJudgeOnPanel(String id);

    @Override
    @Message("{name} 是{role}，不评分")
    String givesNoMarks(String name, String role);

    @Override
    @Message("裁判只能录入自己的评分")
    String ownMarksOnly();

    // ---------------------------------------------------------------- promotion

    @Override
    @Message("评分结束后才有最终成绩：竞赛当前为\u201c{status}\u201d")
    String finalStandingsAfterScoring(String status);

    @Override
    @Message("该政策适用于{levels}竞赛，不适用于{level}竞赛")
    String policyNotForLevel(String levels, String level);

    @Override
    @Message("该结果已由 {by} {status}")
    String outcomeDecided(String status, String by);

    @Override
    @Message("{name} 的技能等级现为{now}，不是提出时的{then}：请重新评估")
    String levelChanged(String name, String now, String then);

    @Override
    @Message("{name} 已在 {year} 年通过竞赛晋升过技能等级，该政策每年限一次")
    String oneLevelAYear(String name, int year);

    @Override
    @Message("政策至少要有一条规则")
    String policyNeedsRule();

    @Override
    @Message("奖项名称为空；请填写金牌、优胜奖等名称")
    String ruleAwardBlank();

    @Override
    @Message("起始名次 {from} 大于截止名次 {to}")
    String ruleRankOrder(String from, String to);

    @Override
    @Message("起始百分比 {from} 不小于截止百分比 {to}：范围为空")
    String rulePercentOrder(String from, String to);

    @Override
    @Message("每队 {size} 人的条件对个人赛永不成立：请选团体赛，或每队 1 人")
    String ruleTeamSizeIndividual(String size);

    @Override
    @Message("最少参赛数 {min} 大于最多参赛数 {max}")
    String ruleFieldOrder(String min, String max);

    @Override
    @Message("技能等级规则须给出晋升等级或晋升级数，二者选一")
    String ruleLevelOrSteps();

    @Override
    @Message("称号用于荣誉称号和荣誉推荐规则，技能等级规则不填")
    String ruleTitleNotForLevel();

    @Override
    @Message("请填写称号或荣誉，例如技术能手、五一劳动奖章")
    String ruleTitleNeeded();

    @Override
    @Message("晋升等级用于技能等级规则，{outcome}规则不填")
    String ruleLevelNotFor(String outcome);

    @Override
    @Message("{value} 小于 {min}")
    String ruleBelow(String value, String min);

    @Override
    @Message("{value} 不是百分比：请填 0 到 100")
    String ruleNotPercent(String value);

    @Override
    @Message("这条规则不可能成立")
    String ruleCannotMatch();

    @Override
    @Message("""
            {#switch source}\
            {#case '人社部 notice on 2017 national class-I contests'}人社部关于2017年国家级一类竞赛的通知\
            {#case 'competition rules as reported'}据报道的大赛规则\
            {#case 'Anhui provincial notice, 2023'}安徽省通知（2023年）\
            {#case 'Zhejiang provincial rule, 2016'}浙江省规定（2016年）\
            {#case 'provincial rules as reported'}据报道的省级规定\
            {#case 'local report, 2009'}当地报道（2009年）\
            {#case 'local report, 2023'}当地报道（2023年）\
            {#case 'national contest rules, 2012'}全国竞赛规则（2012年）\
            {#case 'unit nominations within quotas, decided by the organizer'}参赛单位在名额内推荐、组织单位审定\
            {#else}{source}{/switch}""")
    String templateSource(String source);

    // ---------------------------------------------------------------- promotion reasons

    @Override
    @Message("\u300a{name}\u300b")
    String reasonPolicy(String name);

    @Override
    @Message("\u300a{name}\u300b（{source}）")
    String reasonPolicyWithSource(String name, String source);

    @Override
    @Message("{policy}：{facts}\u2014\u2014{rule}")
    String reason(String policy, String facts, String rule);

    @Override
    @Message("，")
    String reasonSeparator();

    @Override
    @Message("{competition} {event}")
    String reasonWhere(String competition, String event);

    @Override
    @Message("{name}（{category}）")
    String reasonPersonWithCategory(String name, String category);

    @Override
    @Message("第 {rank} 名（共 {field} 名）")
    String reasonRank(int rank, int field);

    @Override
    @Message("获{award}")
    String reasonAward(String award);

    @Override
    @Message("个人赛")
    String reasonIndividual();

    @Override
    @Message("{size} 人团体赛")
    String reasonTeam(int size);

    @Override
    @Message("各模块均及格")
    String reasonModulesPassed();

    @Override
    @Message("第 {number} 条规则（{conditions}）\u2192 {result}")
    String reasonRule(int number, String conditions, String result);

    @Override
    @Message("第 {rank} 名")
    String conditionRank(int rank);

    @Override
    @Message("第 {from}\u2013{to} 名")
    String conditionRanks(int from, int to);

    @Override
    @Message("第 {from} 名及以后")
    String conditionRanksFrom(int from);

    @Override
    @Message("前 {to}%")
    String conditionTopPercent(String to);

    @Override
    @Message("前 {to}% 但不在前 {from}%")
    String conditionPercentBand(String from, String to);

    @Override
    @Message("前 {from}% 之外")
    String conditionOutsideTopPercent(String from);

    @Override
    @Message("获{awards}")
    String conditionAwards(String awards);

    @Override
    @Message("个人赛")
    String conditionIndividual();

    @Override
    @Message("团体赛")
    String conditionTeams();

    @Override
    @Message("每队 {size} 人")
    String conditionTeamSize(int size);

    @Override
    @Message("参赛 {min}\u2013{max} 名")
    String conditionField(int min, int max);

    @Override
    @Message("参赛不少于 {min} 名")
    String conditionFieldAtLeast(int min);

    @Override
    @Message("参赛不多于 {max} 名")
    String conditionFieldAtMost(int max);

    @Override
    @Message("各模块均及格")
    String conditionModulesPassed();

    @Override
    @Message("限{category}")
    String conditionCategory(String category);

    @Override
    @Message("所有获得名次者")
    String conditionEveryone();

    @Override
    @Message("{to}（原为{from}）")
    String resultLevelFrom(String to, String from);

    @Override
    @Message("{to}（已是{from}）")
    String resultLevelAlready(String to, String from);

    @Override
    @Message("{to}（无技能等级记录）")
    String resultLevelNoRecord(String to);

    @Override
    @Message("{to}（{from} + {steps} 级）")
    String resultLevelSteps(String to, String from, int steps);

    @Override
    @Message("授予{title}称号")
    String resultTitle(String title);

    @Override
    @Message("推荐{title}")
    String resultNomination(String title);

    // ---------------------------------------------------------------- HR's .xlsx export

    @Override
    @Message("晋升结果")
    String exportSheet();

    @Override
    @Message("姓名")
    String exportPerson();

    @Override
    @Message("身份证号")
    String exportNationalId();

    @Override
    @Message("单位")
    String exportUnit();

    @Override
    @Message("赛项")
    String exportEvent();

    @Override
    @Message("参赛号")
    String exportBib();

    @Override
    @Message("名次")
    String exportRank();

    @Override
    @Message("类型")
    String exportKind();

    @Override
    @Message("原等级")
    String exportFromLevel();

    @Override
    @Message("晋升等级或称号")
    String exportOutcome();

    @Override
    @Message("理由")
    String exportReason();

    @Override
    @Message("状态")
    String exportStatus();

    @Override
    @Message("审核意见")
    String exportNote();

    @Override
    @Message("审核人")
    String exportDecidedBy();

    @Override
    @Message("审核时间（北京时间）")
    String exportDecidedAt();

    // ---------------------------------------------------------------- corrections of competitions and events

    @Override
    @Message("竞赛当前为\u201c{status}\u201d，不能再修改")
    String competitionIsFinal(String status);

    @Override
    @Message("只有草稿状态的竞赛才能改类型：当前为\u201c{status}\u201d")
    String kindFixed(String status);

    @Override
    @Message("评分结束后竞赛级别不能再改（晋升政策依据它）：竞赛当前为\u201c{status}\u201d")
    String levelFixed(String status);

    @Override
    @Message("成绩公示后奖项和同分比较不能再改：竞赛当前为\u201c{status}\u201d")
    String awardsFixed(String status);

    @Override
    @Message("已有 {marks} 个评分，评分标准不能再改")
    String schemeFixedMarked(int marks);

    @Override
    @Message("评分结束后评分标准不能再改：竞赛当前为\u201c{status}\u201d")
    String schemeFixedClosed(String status);

    @Override
    @Message("已有 {registrations} 个报名，比赛形式和每队人数不能再改")
    String formatFixed(int registrations);

    @Override
    @Message("裁判 {judge} 负责评分项 {aspect}，新的评分标准里已没有这一项：请先调整该裁判的评分项")
    String judgeHoldsAspect(String judge, String aspect);

    // ---------------------------------------------------------------- judging panels

    @Override
    @Message("{name} 已由 {by} 替换，不再评分")
    String judgeReplaced(String name, String by);

    @Override
    @Message("{name} 只负责评分项 {aspects}")
    String judgeNotOnAspect(String name, String aspects);

    @Override
    @Message("{name} 已给出 {marks} 个评分：请改为替换该裁判")
    String judgeHasMarks(String name, int marks);

    @Override
    @Message("{name} 是替换 {other} 上场的裁判：请改为替换")
    String judgeReplacedSomeone(String name, String other);

    @Override
    @Message("{name} 已由 {by} 替换")
    String alreadyReplaced(String name, String by);

    @Override
    @Message("记分员不评分，不分配评分项")
    String scorekeeperNoAspects();

    @Override
    @Message("统一身份认证中没有账号 {login}：请核对拼写，或先创建该账号")
    String unknownLogin(String login);

    @Override
    @Message("本赛项没有评分项\u201c{code}\u201d")
    String noAspectInEvent(String code);

    // ---------------------------------------------------------------- corrections of registrations

    @Override
    @Message("成绩已公示，报名信息不能再改：竞赛当前为\u201c{status}\u201d")
    String registrationFixed(String status);

    @Override
    @Message("评分结束前才能退赛或恢复参赛：竞赛当前为\u201c{status}\u201d")
    String withdrawalClosed(String status);

    @Override
    @Message("成绩确认前才能取消资格或恢复参赛：竞赛当前为\u201c{status}\u201d")
    String disqualificationClosed(String status);

    @Override
    @Message("请填写原因")
    String reasonRequired();

    @Override
    @Message("该报名本就在参赛")
    String takesPartAlready();

    @Override
    @Message("已登记人员的身份证号不能修改：请为该报名办理退赛，再登记正确的人员")
    String nationalIdFixed();

    @Override
    @Message("该身份证号属于另一个人")
    String nationalIdOfAnother();

    @Override
    @Message("{id} 不是本队队员")
    String notAMember(String id);

    // ---------------------------------------------------------------- promotion decisions

    @Override
    @Message("提出该结果后，报名状态变为\u201c{status}\u201d：请重新评估")
    String outcomeOfRegistrationGone(String status);

    // ---------------------------------------------------------------- corrections of schemes by round

    @Override
    @Message("轮次 {round} 已有 {marks} 个评分，不能再改；其他轮次仍可添加或修改")
    String roundFixedMarked(String round, int marks);

    // ---------------------------------------------------------------- persons

    @Override
    @Message("登录名 {login} 已属于另一个人")
    String loginTaken(String login);

    // ---------------------------------------------------------------- judging panels, replaced judges

    @Override
    @Message("{name} 已被替换，不再评分：请给接替的裁判分配评分项")
    String judgeReplacedNoAspects(String name);

    // ---------------------------------------------------------------- organizations and scoped roles

    @Override
    @Message("只有相关单位或其上级单位的{role}可以执行此操作")
    String needsScopedRole(String role);

    @Override
    @Message("{#switch role}{#case 'ADMIN'}管理员{#case 'ORGANIZER'}组织者{#case 'HR'}人力资源{#case 'PARTNER'}合作系统{#else}{role}{/switch}")
    String scopedRole(String role);

    @Override
    @Message("{#switch kind}{#case 'FEDERATION'}总工会{#case 'INDUSTRY_UNION'}产业工会{#case 'ENTERPRISE'}企业{#case 'DEPARTMENT'}部门/车间{#case 'TEAM'}班组{#case 'SCHOOL'}学校{#case 'AUTHORITY'}政府部门{#else}{kind}{/switch}")
    String organizationKind(String kind);

    @Override
    @Message("只有平台管理员可以创建顶级单位")
    String onlyAdminCreatesRoots();

    @Override
    @Message("组织者只能授予组织者、人力资源或合作系统角色，不能授予{role}")
    String organizerCannotGrant(String role);

    @Override
    @Message("统一社会信用代码应为 18 位，而不是 {length} 位")
    String creditCodeLength(int length);

    @Override
    @Message("第 {position} 位的字符 {character} 不能出现在统一社会信用代码中（GB 32100：数字及除 I、O、S、V、Z 外的大写字母）")
    String creditCodeCharacter(String character, int position);

    @Override
    @Message("校验码应为 {expected}，而不是 {given}：代码有误（GB 32100）")
    String creditCodeCheck(String expected, String given);

    @Override
    @Message("行政区划代码应为 6 位数字（GB/T 2260），例如 370116")
    String regionCodeFormat();

    @Override
    @Message("{prefix} 不是省级行政区划代码（GB/T 2260）")
    String regionCodeProvince(String prefix);

    @Override
    @Message("同一上级单位下已有名为 {name} 的单位")
    String siblingNameTaken(String name);

    @Override
    @Message("统一社会信用代码 {code} 已被其他单位使用")
    String creditCodeTaken(String code);

    @Override
    @Message("该账号已拥有此单位的该角色")
    String grantExists();

    @Override
    @Message("该授权已被撤销")
    String grantRevoked();

    @Override
    @Message("您是 {count} 个单位的组织者：请选择主办单位")
    String severalOrganizations(int count);

    // ---------------------------------------------------------------- organizations: lengths

    @Override
    @Message("最多 {max} 个字符")
    String tooLong(int max);

    // ---------------------------------------------------------------- organizations: the .xlsx import

    @Override
    @Message("“{given}”不是单位类型，请填写：{kinds}")
    String unknownKind(String given, String kinds);

    @Override
    @Message("文件中没有名为“{parent}”的单位：请填写文件中的单位，或留空表示导入到的单位")
    String parentNotInFile(String parent);

    @Override
    @Message("这些行的上级单位互相循环")
    String parentCycle();

    @Override
    @Message("第 {row} 行已有同一上级单位下的同名单位")
    String nameTwiceInFile(int row);

    @Override
    @Message("第 {row} 行已有相同的统一社会信用代码")
    String codeTwiceInFile(int row);

    @Override
    @Message("该文件不是电子表格工作簿：请下载模板，填写后重新上传")
    String notAWorkbook();

    @Override
    @Message("一个文件最多导入 {max} 个单位")
    String tooManyRows(int max);

    @Override
    @Message("单位")
    String importSheet();

    @Override
    @Message("单位名称*")
    String importName();

    @Override
    @Message("类型*")
    String importKind();

    @Override
    @Message("上级单位（文件中的单位名称；留空：导入到的单位）")
    String importParent();

    @Override
    @Message("统一社会信用代码")
    String importCode();

    @Override
    @Message("行政区划代码（GB/T 2260）")
    String importRegion();

    // ---------------------------------------------------------------- organizations: the .xlsx import, parents

    @Override
    @Message("第 {rows} 行都名为“{parent}”：请改用不同的名称，以便确定上级单位")
    String parentAmbiguous(String parent, String rows);

    // ---------------------------------------------------------------- labor competitions: indicators, declaration and review

    @Override
    @Message("一票否决项只记 0 或 1：最高分应为 1")
    String vetoMaxMarkOne();

    @Override
    @Message("一票否决项没有难度系数")
    String vetoNoDifficulty();

    @Override
    @Message("不能低于基础分 {base}")
    String notBelowBaseScore(String base);

    @Override
    @Message("一票否决项只能记 0（未发生）或 1（发生），不能记 {value}")
    String vetoMarkZeroOrOne(String value);

    @Override
    @Message("只有劳动竞赛需要申报审核，技能竞赛无需审批")
    String onlyLaborDeclared();

    @Override
    @Message("竞赛只能在草稿状态申报，当前为{status}")
    String declaredOnlyInDraft(String status);

    @Override
    @Message("已申报，正在等待{organization}审核")
    String alreadyDeclared(String organization);

    @Override
    @Message("已由{organization}批准纳入管理")
    String alreadyApproved(String organization);

    @Override
    @Message("没有待审核的申报：当前申报状态为{approval}")
    String notWaitingForReview(String approval);

    @Override
    @Message("退回时请填写意见，申报单位据此修改")
    String returnNeedsNote();

    @Override
    @Message("{organization}没有上级单位可推荐，请批准或退回")
    String noOrganizationAbove(String organization);

    @Override
    @Message("劳动竞赛须经批准纳入管理后才能离开草稿状态，当前申报状态为{approval}")
    String approvalNeeded(String approval);

    @Override
    @Message("申报状态为{approval}，实施方案（赛项、指标、考核周期、奖项）不能修改")
    String planFixed(String approval);

    @Override
    @Message("竞赛已申报，竞赛类型不能修改")
    String kindFixedDeclared();

    // ---------------------------------------------------------------- labor commendations

    @Override
    @Message("{policy}：{where}，{unit}推荐{person}（{citation}）\u2014\u2014{result}")
    String reasonCommendation(String policy, String where, String unit, String person, String citation, String result);

    @Override
    @Message("只有劳动竞赛的参赛单位按名额推荐先进个人")
    String commendationOnlyLabor();

    @Override
    @Message("竞赛结果公布后才能推荐和审定先进个人（当前为{status}）")
    String commendationNotOpen(String status);

    @Override
    @Message("{unit}在最终排名中被一票否决，不参与评先评优")
    String vetoedUnitNotCommended(String unit);

    @Override
    @Message("该单位已占用{count}个名额，请先撤回或不予通过部分推荐")
    String quotaBelowNominations(int count);

    @Override
    @Message("该单位的{quota}个名额已用完：可撤回一项推荐，或请组织单位增加名额")
    String quotaUsedUp(int quota);

    @Override
    @Message("{person}已在本竞赛中被推荐")
    String alreadyNominated(String person);

    @Override
    @Message("{person}登记的工作单位不是{unit}")
    String notWorkerOfUnit(String person, String unit);

    @Override
    @Message("{#switch status}{#case 'NOMINATED'}待审定{#case 'WITHDRAWN'}已撤回{#case 'APPROVED'}已通过{#case 'REJECTED'}未通过{#else}{status}{/switch}")
    String nominationStatus(String status);

    @Override
    @Message("该推荐{status}，不能再更改")
    String nominationClosed(String status);

    @Override
    @Message("不予通过时请填写理由")
    String rejectionNeedsNote();

    @Override
    @Message("该参赛单位已不在竞赛中（{status}）")
    String unitNotTakingPart(String status);

    @Override
    @Message("先进集体")
    String exportCommendedUnits();

    @Override
    @Message("先进个人")
    String exportCommendedPersons();

    @Override
    @Message("奖项")
    String exportAward();

    @Override
    @Message("称号")
    String exportTitle();

    @Override
    @Message("主要事迹")
    String exportCitation();

    // ---------------------------------------------------------------- promotion policies without rules

    @Override
    @Message("该政策没有规则：它由对推荐的审定授予，不能用于评估")
    String policyWithoutRules();

    // ---------------------------------------------------------------- locks on marks and the audit trail

    @Override
    @Message("轮次 {round} 没有模块“{code}”")
    String noModule(String round, String code);

    @Override
    @Message("轮次 {round} 模块 {module} 的评分已锁定（锁定人：{by}），只有组织者可以解锁")
    String moduleLocked(String module, String round, String by);

    @Override
    @Message("轮次 {round} 模块 {module} 的评分未锁定")
    String moduleNotLocked(String module, String round);

    @Override
    @Message("成绩公布前才能解锁评分，竞赛当前为“{status}”")
    String reopenBeforePublication(String status);

    @Override
    @Message("只有本赛项的裁判长和竞赛组织者可以查看审计记录")
    String auditReaders();

    @Override
    @Message("“{cursor}”不是本列表的游标")
    String badCursor(String cursor);

    // ---------------------------------------------------------------- who locks marks

    @Override
    @Message("只有本赛项的裁判长和竞赛组织者可以锁定评分")
    String lockers();

    // ---------------------------------------------------------------- publication, appeals, finalisation

    @Override
    @Message("评分结束后才能公布成绩，竞赛当前为“{status}”")
    String publishWhenClosed(String status);

    @Override
    @Message("成绩公布后才能确认为最终成绩，竞赛当前为“{status}”")
    String finalizeWhenPublished(String status);

    @Override
    @Message("公示期至 {endsAt} 结束，期满后才能确认为最终成绩")
    String noticePeriodRuns(String endsAt);

    @Override
    @Message("还有 {count} 件申诉未处理（参赛号 {bibs}），请先作出裁决")
    String appealsOpen(int count, String bibs);

    @Override
    @Message("只能在成绩公示期内提出申诉，竞赛当前为“{status}”，不在公示期内")
    String appealsDuringNotice(String status);

    @Override
    @Message("{#switch status}{#case 'OPEN'}待裁决{#case 'UPHELD'}申诉成立{#case 'DISMISSED'}驳回{#else}{status}{/switch}")
    String appealStatus(String status);

    @Override
    @Message("该申诉已作出裁决：{status}")
    String appealDecided(String status);

    @Override
    @Message("只能在成绩公示阶段裁决申诉，竞赛当前为“{status}”")
    String appealsDecidedWhilePublished(String status);

    @Override
    @Message("只有申诉成立时才能更正评分")
    String correctionsOnlyUpheld();

    @Override
    @Message("申诉只能由参赛者本人、参赛单位的组织者或竞赛组织者提出")
    String appellants();

    // ---------------------------------------------------------------- anonymous judging

    @Override
    @Message("裁判 {judge} 与 {code} 号选手存在利益冲突，须回避，不能评分")
    String recusalAnonymous(String judge, String code);

    // ---------------------------------------------------------------- certificates

    @Override
    @Message("成绩确认为最终成绩后才能颁发证书，竞赛当前为“{status}”")
    String certificatesOfFinal(String status);

    @Override
    @Message("该证书已被撤销：{reason}")
    String certificateRevoked(String reason);

    // ---------------------------------------------------------------- who reads a certificate

    @Override
    @Message("证书只能由持证人、竞赛组织者和能查看持证人档案的人事部门下载")
    String certificateReaders();

    // ---------------------------------------------------------------- the results sheet

    @Override
    @Message("成绩公示表在成绩公布后才能打印，竞赛当前为“{status}”")
    String sheetOncePublished(String status);

    // ---------------------------------------------------------------- input limits (api/InputLimits)

    @Override
    @Message("最多{limit}个字符（现有{length}个）")
    String textTooLong(int limit, int length);

    @Override
    @Message("只能是一行文字，不能包含换行符、制表符等控制字符")
    String controlCharacters();

    @Override
    @Message("除换行符和制表符外，不能包含控制字符")
    String controlCharactersInText();

    @Override
    @Message("包含残缺的字符，请重新输入")
    String invalidCharacters();

    @Override
    @Message("最多{limit}项（现有{size}项）")
    String tooManyEntries(int limit, int size);
}
