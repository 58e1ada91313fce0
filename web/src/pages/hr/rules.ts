/**
 * Promotion rules as HR reads and edits them: a readable line per rule, the checks the API makes
 * (PromotionRule in the promotion engine) done before sending, and the copy of a policy as the input
 * of a new one (policies are not edited in place: a changed policy is a new policy).
 */
import { enumName } from '../../domain/competition';
import { skillLevelName } from '../../domain/skillLevel';
import type { Language } from '../../i18n';

/** The fields of PromotionRule / PromotionRuleInput. */
export interface Rule {
  rankFrom?: number | null;
  rankTo?: number | null;
  percentFrom?: number | null;
  percentTo?: number | null;
  awards?: readonly string[] | null;
  format?: string | null;
  teamSize?: number | null;
  minField?: number | null;
  maxField?: number | null;
  requirePassedModules?: boolean | null;
  category?: string | null;
  outcome: string;
  level?: string | null;
  levelSteps?: number | null;
  title?: string | null;
}

export interface PolicyInput {
  name: string;
  source?: string | null;
  appliesTo: string[];
  oncePerYear?: boolean | null;
  rules: Rule[];
}

const texts = {
  'zh-CN': {
    rank: (from: number, to?: number | null) => (to == null ? `第 ${from} 名及以后` : from === to ? `第 ${from} 名` : `第 ${from}–${to} 名`),
    top: (to: number) => `前 ${to}%`,
    band: (from: number, to: number) => `前 ${to}%（不含前 ${from}%）`,
    outside: (from: number) => `前 ${from}% 以外`,
    awards: (awards: string) => `获 ${awards}`,
    teamSize: (n: number) => `每队 ${n} 人`,
    field: (from?: number | null, to?: number | null) =>
      from != null && to != null ? `参赛 ${from}–${to} 人（队）` : from != null ? `参赛不少于 ${from} 人（队）` : `参赛不多于 ${to} 人（队）`,
    passed: '各模块均达合格线',
    only: (category: string) => `限${category}`,
    every: '所有有名次的选手',
    level: (level: string) => `晋升为${level}`,
    levelSteps: (n: number) => `晋升 ${n} 级`,
    title: (title: string) => `授予“${title}”称号`,
    nomination: (title: string) => `推荐申报${title}`,
    separator: '，',
  },
  en: {
    rank: (from: number, to?: number | null) => (to == null ? `rank ${from} and below` : from === to ? `rank ${from}` : `ranks ${from}–${to}`),
    top: (to: number) => `top ${to}%`,
    band: (from: number, to: number) => `top ${to}% but not top ${from}%`,
    outside: (from: number) => `outside the top ${from}%`,
    awards: (awards: string) => `award ${awards}`,
    teamSize: (n: number) => `teams of ${n}`,
    field: (from?: number | null, to?: number | null) =>
      from != null && to != null ? `field ${from}–${to}` : from != null ? `field ≥ ${from}` : `field ≤ ${to}`,
    passed: 'every module passed',
    only: (category: string) => `${category} only`,
    every: 'every ranked entry',
    level: (level: string) => `promoted to ${level}`,
    levelSteps: (n: number) => `promoted ${n} ${n === 1 ? 'level' : 'levels'}`,
    title: (title: string) => `title “${title}”`,
    nomination: (title: string) => `nominated for ${title}`,
    separator: ', ',
  },
};

/** "第 1–3 名，限职工": what an entry must meet. */
export function describeConditions(rule: Rule, language: Language): string {
  const t = texts[language];
  const parts: string[] = [];
  if (rule.rankFrom != null || rule.rankTo != null) parts.push(t.rank(rule.rankFrom ?? 1, rule.rankTo));
  if (rule.percentFrom != null || rule.percentTo != null) {
    if (rule.percentTo == null) parts.push(t.outside(rule.percentFrom!));
    else if (!rule.percentFrom) parts.push(t.top(rule.percentTo));
    else parts.push(t.band(rule.percentFrom, rule.percentTo));
  }
  if (rule.awards?.length) parts.push(t.awards(rule.awards.join('/')));
  if (rule.format) parts.push(enumName('format', rule.format, language));
  if (rule.teamSize != null) parts.push(t.teamSize(rule.teamSize));
  if (rule.minField != null || rule.maxField != null) parts.push(t.field(rule.minField, rule.maxField));
  if (rule.requirePassedModules) parts.push(t.passed);
  if (rule.category) parts.push(t.only(enumName('category', rule.category, language)));
  return parts.length ? parts.join(t.separator) : t.every;
}

/** "晋升为技师", "授予“全国技术能手”称号": what the rule grants. */
export function describeOutcome(rule: Rule, language: Language): string {
  const t = texts[language];
  switch (rule.outcome) {
    case 'SKILL_LEVEL':
      return rule.level ? t.level(skillLevelName(rule.level, language)) : t.levelSteps(rule.levelSteps ?? 1);
    case 'TITLE':
      return t.title(rule.title ?? '');
    case 'HONOR_NOMINATION':
      return t.nomination(rule.title ?? '');
    default:
      return rule.outcome;
  }
}

/** "第 1–3 名，限职工 → 晋升为技师". */
export function describeRule(rule: Rule, language: Language): string {
  return `${describeConditions(rule, language)} → ${describeOutcome(rule, language)}`;
}

export type RuleProblem =
  | 'rankBelowOne'
  | 'rankOrder'
  | 'percentRange'
  | 'percentOrder'
  | 'teamSizeBelowOne'
  | 'teamSizeIndividual'
  | 'fieldBelowZero'
  | 'fieldOrder'
  | 'levelOrSteps'
  | 'stepsBelowOne'
  | 'titleMissing'
  | 'titleNotForLevel'
  | 'levelNotForTitle'
  | 'awardBlank';

/** The problems of one rule, each on the field the API would name, as PromotionRule checks them. */
export function ruleProblems(rule: Rule): { field: keyof Rule; problem: RuleProblem }[] {
  const problems: { field: keyof Rule; problem: RuleProblem }[] = [];
  const add = (field: keyof Rule, problem: RuleProblem) => problems.push({ field, problem });
  if (rule.awards?.some((a) => a.trim() === '')) add('awards', 'awardBlank');
  if (rule.rankFrom != null && rule.rankFrom < 1) add('rankFrom', 'rankBelowOne');
  if (rule.rankTo != null && rule.rankTo < 1) add('rankTo', 'rankBelowOne');
  if (rule.rankFrom != null && rule.rankTo != null && rule.rankFrom > rule.rankTo) add('rankTo', 'rankOrder');
  for (const field of ['percentFrom', 'percentTo'] as const) {
    const value = rule[field];
    if (value != null && (value < 0 || value > 100)) add(field, 'percentRange');
  }
  if (rule.percentFrom != null && rule.percentTo != null && rule.percentFrom >= rule.percentTo) add('percentTo', 'percentOrder');
  if (rule.teamSize != null && rule.teamSize < 1) add('teamSize', 'teamSizeBelowOne');
  if (rule.format === 'INDIVIDUAL' && rule.teamSize != null && rule.teamSize !== 1) add('teamSize', 'teamSizeIndividual');
  if (rule.minField != null && rule.minField < 0) add('minField', 'fieldBelowZero');
  if (rule.maxField != null && rule.maxField < 0) add('maxField', 'fieldBelowZero');
  if (rule.minField != null && rule.maxField != null && rule.minField > rule.maxField) add('maxField', 'fieldOrder');
  if (rule.outcome === 'SKILL_LEVEL') {
    if ((rule.level == null) === (rule.levelSteps == null)) add('level', 'levelOrSteps');
    if (rule.levelSteps != null && rule.levelSteps < 1) add('levelSteps', 'stepsBelowOne');
    if (rule.title) add('title', 'titleNotForLevel');
  } else {
    if (!rule.title?.trim()) add('title', 'titleMissing');
    if (rule.level != null) add('level', 'levelNotForTitle');
    if (rule.levelSteps != null) add('levelSteps', 'levelNotForTitle');
  }
  return problems;
}

const ruleFields: (keyof Rule)[] = [
  'rankFrom',
  'rankTo',
  'percentFrom',
  'percentTo',
  'awards',
  'format',
  'teamSize',
  'minField',
  'maxField',
  'requirePassedModules',
  'category',
  'outcome',
  'level',
  'levelSteps',
  'title',
];

/**
 * A rule as the API takes it: only the fields the outcome uses, blanks and empty lists left out
 * (a form keeps a level typed before the outcome was switched to TITLE: it is not sent).
 */
export function toRuleInput(rule: Rule): Rule {
  const input: Rule = { outcome: rule.outcome };
  for (const field of ruleFields) {
    const value = rule[field];
    if (value === null || value === undefined || value === '' || value === false) continue;
    if (Array.isArray(value)) {
      const awards = value.map((a) => String(a).trim()).filter(Boolean);
      if (awards.length) input.awards = awards;
      continue;
    }
    if (rule.outcome === 'SKILL_LEVEL' && field === 'title') continue;
    if (rule.outcome !== 'SKILL_LEVEL' && (field === 'level' || field === 'levelSteps')) continue;
    (input as unknown as Record<string, unknown>)[field] = typeof value === 'string' ? value.trim() : value;
  }
  return input;
}

/** A policy's content as the input of a new one: "copy of a template", to adjust and save under a new name. */
export function policyToInput(policy: PolicyInput, name: string): PolicyInput {
  return {
    name,
    source: policy.source ?? null,
    appliesTo: [...policy.appliesTo],
    oncePerYear: policy.oncePerYear ?? false,
    rules: policy.rules.map(toRuleInput),
  };
}
