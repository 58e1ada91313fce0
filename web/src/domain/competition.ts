import type { Language } from '../i18n';

/**
 * Names of the competition's enums as organizers, judges and HR read them (GLOSSARY.md), Chinese first.
 * The codes are the API's; an unknown code (a newer API) is shown as it comes.
 */

/** Statuses in the order they move (CompetitionStatus in the API: forward only). */
export const competitionStatuses = ['DRAFT', 'REGISTRATION', 'RUNNING', 'SCORING_CLOSED', 'PUBLISHED', 'FINAL', 'ARCHIVED'] as const;
export type CompetitionStatusCode = (typeof competitionStatuses)[number];

/** 竞赛级别, highest first, as the 人社部 classes them. */
export const competitionLevels = [
  'INTERNATIONAL',
  'NATIONAL_CLASS_I',
  'NATIONAL_CLASS_II',
  'PROVINCIAL_CLASS_I',
  'PROVINCIAL_CLASS_II',
  'MUNICIPAL_CLASS_I',
  'MUNICIPAL_CLASS_II',
  'DISTRICT',
  'INDUSTRY',
  'ENTERPRISE',
  'SCHOOL',
] as const;
export type CompetitionLevelCode = (typeof competitionLevels)[number];

export const competitionKinds = ['SKILL', 'LABOR'] as const;
export const resultsVisibilities = ['LIVE', 'FROZEN', 'HIDDEN'] as const;
export const judgeRoles = ['JUDGE', 'CHIEF_JUDGE', 'SCOREKEEPER'] as const;
export const personCategories = ['EMPLOYEE', 'STUDENT', 'OTHER'] as const;
export const registrationStatuses = ['PENDING', 'APPROVED', 'WITHDRAWN', 'DISQUALIFIED'] as const;
/** Kinds of organization of the tree (OrganizationKind), unions first. */
export const organizationKinds = ['FEDERATION', 'INDUSTRY_UNION', 'ENTERPRISE', 'DEPARTMENT', 'TEAM', 'SCHOOL', 'AUTHORITY'] as const;
/** Roles a grant gives over an organization and everything below it (ScopedRole). */
export const scopedRoles = ['ORGANIZER', 'HR', 'PARTNER', 'ADMIN'] as const;

type Names = Record<string, string>;

const names: Record<Language, Record<string, Names>> = {
  'zh-CN': {
    status: {
      DRAFT: '草稿',
      REGISTRATION: '报名中',
      RUNNING: '比赛中',
      SCORING_CLOSED: '评分结束',
      PUBLISHED: '成绩公示',
      FINAL: '成绩确认',
      ARCHIVED: '已归档',
    },
    level: {
      INTERNATIONAL: '国际赛',
      NATIONAL_CLASS_I: '国家级一类',
      NATIONAL_CLASS_II: '国家级二类',
      PROVINCIAL_CLASS_I: '省级一类',
      PROVINCIAL_CLASS_II: '省级二类',
      MUNICIPAL_CLASS_I: '市级一类',
      MUNICIPAL_CLASS_II: '市级二类',
      DISTRICT: '区级',
      INDUSTRY: '行业',
      ENTERPRISE: '企业',
      SCHOOL: '院校',
    },
    kind: { SKILL: '职业技能竞赛', LABOR: '劳动竞赛' },
    visibility: { LIVE: '实时公开', FROZEN: '封榜', HIDDEN: '隐藏' },
    judgeRole: { JUDGE: '裁判员', CHIEF_JUDGE: '裁判长', SCOREKEEPER: '记分员' },
    category: { EMPLOYEE: '职工', STUDENT: '学生', OTHER: '其他' },
    format: { INDIVIDUAL: '个人赛', TEAM: '团体赛' },
    conflict: { BLOCK: '回避（拒收同单位裁判的评分）', FLAG: '标记（记录为利益冲突）' },
    aspectKind: { MEASUREMENT: '客观评分（测量）', JUDGEMENT: '主观评分（评价）' },
    aggregation: {
      SINGLE: '单一评分',
      MEAN: '平均分',
      MEDIAN: '中位数',
      SUM: '总和',
      TRIMMED_MEAN: '去掉最高最低分后平均',
      TRIMMED_SUM: '去掉最高最低分后求和',
    },
    combination: { SUM: '各次相加', BEST: '取最好一次', AVERAGE: '各次平均' },
    registrationStatus: { PENDING: '待审核', APPROVED: '已确认', WITHDRAWN: '已退赛', DISQUALIFIED: '已取消资格' },
    organizationKind: {
      FEDERATION: '总工会',
      INDUSTRY_UNION: '产业工会',
      ENTERPRISE: '企业',
      DEPARTMENT: '部门/车间',
      TEAM: '班组',
      SCHOOL: '学校',
      AUTHORITY: '政府部门',
    },
    scopedRole: { ADMIN: '管理员', ORGANIZER: '组织者', HR: '人力资源', PARTNER: '合作系统' },
  },
  en: {
    status: {
      DRAFT: 'Draft',
      REGISTRATION: 'Registration',
      RUNNING: 'Running',
      SCORING_CLOSED: 'Scoring closed',
      PUBLISHED: 'Published',
      FINAL: 'Final',
      ARCHIVED: 'Archived',
    },
    level: {
      INTERNATIONAL: 'International',
      NATIONAL_CLASS_I: 'National class I',
      NATIONAL_CLASS_II: 'National class II',
      PROVINCIAL_CLASS_I: 'Provincial class I',
      PROVINCIAL_CLASS_II: 'Provincial class II',
      MUNICIPAL_CLASS_I: 'Municipal class I',
      MUNICIPAL_CLASS_II: 'Municipal class II',
      DISTRICT: 'District',
      INDUSTRY: 'Industry',
      ENTERPRISE: 'Enterprise',
      SCHOOL: 'School',
    },
    kind: { SKILL: 'Skill competition', LABOR: 'Labor competition' },
    visibility: { LIVE: 'Live', FROZEN: 'Frozen', HIDDEN: 'Hidden' },
    judgeRole: { JUDGE: 'Judge', CHIEF_JUDGE: 'Chief judge', SCOREKEEPER: 'Scorekeeper' },
    category: { EMPLOYEE: 'Employee', STUDENT: 'Student', OTHER: 'Other' },
    format: { INDIVIDUAL: 'Individual', TEAM: 'Team' },
    conflict: { BLOCK: 'Block (refuse marks of a judge from the same employer)', FLAG: 'Flag (record as a conflict)' },
    aspectKind: { MEASUREMENT: 'Measurement (objective)', JUDGEMENT: 'Judgement (panel)' },
    aggregation: {
      SINGLE: 'Single mark',
      MEAN: 'Mean',
      MEDIAN: 'Median',
      SUM: 'Sum',
      TRIMMED_MEAN: 'Trimmed mean',
      TRIMMED_SUM: 'Trimmed sum',
    },
    combination: { SUM: 'Sum of attempts', BEST: 'Best attempt', AVERAGE: 'Mean of attempts' },
    registrationStatus: { PENDING: 'Pending', APPROVED: 'Confirmed', WITHDRAWN: 'Withdrawn', DISQUALIFIED: 'Disqualified' },
    organizationKind: {
      FEDERATION: 'Federation of trade unions',
      INDUSTRY_UNION: 'Industry union',
      ENTERPRISE: 'Enterprise',
      DEPARTMENT: 'Department',
      TEAM: 'Team',
      SCHOOL: 'School',
      AUTHORITY: 'Government department',
    },
    scopedRole: { ADMIN: 'Administrator', ORGANIZER: 'Organizer', HR: 'HR', PARTNER: 'Partner system' },
  },
};

export type EnumGroup = keyof (typeof names)['zh-CN'];

/** The reader's name of an API enum value: enumName('status', 'RUNNING', 'zh-CN') is 比赛中. */
export function enumName(group: EnumGroup, code: string | null | undefined, language: Language): string {
  if (!code) return '';
  return names[language][group]?.[code] ?? code;
}

/** Every value of a group as select options, in the order given. */
export function enumOptions(group: EnumGroup, codes: readonly string[], language: Language): { value: string; label: string }[] {
  return codes.map((code) => ({ value: code, label: enumName(group, code, language) }));
}

/** A registration's colour beside its name: 已确认 green, 待审核 gold, 已退赛 grey, 已取消资格 red. */
export const registrationStatusColors: Record<string, string> = { PENDING: 'gold', APPROVED: 'green', WITHDRAWN: 'default', DISQUALIFIED: 'red' };

/**
 * Whether a registration takes part: only PENDING and APPROVED ones are ranked and marked, as the API decides
 * (RegistrationStatus.ranked()); a withdrawn or disqualified competitor stays on the roster, and nothing more.
 */
export function takesPart(status: string): boolean {
  return status === 'PENDING' || status === 'APPROVED';
}

/** The statuses a competition may still move to (forward only). */
export function laterStatuses(status: string): CompetitionStatusCode[] {
  const at = competitionStatuses.indexOf(status as CompetitionStatusCode);
  return at < 0 ? [] : competitionStatuses.slice(at + 1);
}

/** The names every reader knows for a level ↔ the code, for roster files and templates. */
export function reverseLookup(group: EnumGroup, text: string): string | undefined {
  const wanted = text.trim().toUpperCase();
  for (const language of Object.keys(names) as Language[]) {
    for (const [code, name] of Object.entries(names[language][group])) {
      if (code === wanted || name.toUpperCase() === wanted) return code;
    }
  }
  return undefined;
}
