import type { FieldName } from '../../forms/userErrors';
import type {
  AspectKind,
  AttemptCombination,
  ConflictPolicy,
  CreateEventInput,
  EventFormat,
  MarkAggregation,
  UpdateEventInput,
} from '../../gql/schema';

/**
 * The event wizard's values: CreateEventInput as an organizer thinks of it (module weights in percent),
 * and the presets of common formats that fill it in.
 */
export interface WizardAspect {
  code: string;
  name: string;
  kind: AspectKind;
  maxMark: number;
  judges: number;
  aggregation: MarkAggregation;
  dropHighest: number;
  dropLowest: number;
  scaleFactor: number;
  attempts: number;
  attemptCombination: AttemptCombination;
  /** Each attempt carries a difficulty coefficient (难度系数, a dive's DD) that multiplies its score. */
  difficulty: boolean;
}

export interface WizardModule {
  code: string;
  name: string;
  /** Percent of the round total: 30 for theory 30 %. */
  weightPercent: number;
  passMark?: number | null;
  aspects: WizardAspect[];
}

export interface WizardRound {
  code: string;
  name: string;
  advancingCount?: number | null;
  rankingIncludes?: string[];
  modules: WizardModule[];
}

export interface WizardAward {
  name: string;
  rankFrom?: number | null;
  rankTo?: number | null;
  percentFrom?: number | null;
  percentTo?: number | null;
  minTotal?: number | null;
}

export interface WizardValues {
  name: string;
  occupationCode?: string;
  format: EventFormat;
  teamSize: number;
  scoreDecimals: number;
  conflictPolicy: ConflictPolicy;
  rounds: WizardRound[];
  awards: WizardAward[];
  tieBreakModules: string[];
}

export const presetIds = ['theoryPractical', 'fiveJudgesTrimmed', 'worldSkills', 'blank'] as const;
export type PresetId = (typeof presetIds)[number];

function aspect(code: string, name: string, kind: AspectKind, maxMark: number, more: Partial<WizardAspect> = {}): WizardAspect {
  return {
    code,
    name,
    kind,
    maxMark,
    judges: 1,
    aggregation: 'SINGLE',
    dropHighest: 0,
    dropLowest: 0,
    scaleFactor: 1,
    attempts: 1,
    attemptCombination: 'SUM',
    difficulty: false,
    ...more,
  };
}

/**
 * A WorldSkills judgement aspect: three experts each give 0–3, their mean is scaled to the aspect's
 * worth in points, so the scale factor is worth / 3 (an aspect worth 1.5 points scales by 0.5).
 */
export function worldSkillsJudgement(code: string, name: string, worth: number): WizardAspect {
  return aspect(code, name, 'JUDGEMENT', 3, { judges: 3, aggregation: 'MEAN', scaleFactor: Number((worth / 3).toFixed(6)) });
}

const finalRound = (modules: WizardModule[]): WizardRound => ({ code: 'F', name: '决赛', advancingCount: null, rankingIncludes: [], modules });

/** 一等奖 10 %, 二等奖 the next 20 %, 三等奖 the next 30 % of ranked competitors: the usual split of Chinese contests. */
const prizes: WizardAward[] = [
  { name: '一等奖', percentFrom: 0, percentTo: 10 },
  { name: '二等奖', percentFrom: 10, percentTo: 30 },
  { name: '三等奖', percentFrom: 30, percentTo: 60 },
];

const medals: WizardAward[] = [
  { name: '金牌', rankFrom: 1, rankTo: 1 },
  { name: '银牌', rankFrom: 2, rankTo: 2 },
  { name: '铜牌', rankFrom: 3, rankTo: 3 },
];

/** The wizard's values for a preset; `name` is the event's name the organizer typed, if any. */
export function expandPreset(preset: PresetId, name = ''): WizardValues {
  const base = { name, occupationCode: '', format: 'INDIVIDUAL' as EventFormat, teamSize: 1, scoreDecimals: 2, conflictPolicy: 'BLOCK' as ConflictPolicy };
  switch (preset) {
    case 'theoryPractical':
      // 职业技能竞赛 as 人社部 rules describe them: 理论知识考试 30 %, 技能操作考核 70 %, each out of 100, pass at 60.
      // Every aspect is one score (the exam's, or one examiner's measured items), so one mark completes it.
      return {
        ...base,
        rounds: [
          finalRound([
            { code: 'T', name: '理论知识考试', weightPercent: 30, passMark: 60, aspects: [aspect('T1', '理论知识考试成绩', 'MEASUREMENT', 100)] },
            {
              code: 'P',
              name: '技能操作考核',
              weightPercent: 70,
              passMark: 60,
              aspects: [
                aspect('P1', '尺寸精度', 'MEASUREMENT', 40),
                aspect('P2', '形位公差与表面质量', 'MEASUREMENT', 40),
                aspect('P3', '安全文明生产', 'MEASUREMENT', 20),
              ],
            },
          ]),
        ],
        awards: prizes,
        // Equal totals: the better practical score first, then theory.
        tieBreakModules: ['P', 'T'],
      };
    case 'fiveJudgesTrimmed':
      // 五名裁判评分，去掉一个最高分和一个最低分，取其余三名裁判的平均分.
      return {
        ...base,
        rounds: [
          finalRound([
            {
              code: 'S',
              name: '技能展示',
              weightPercent: 100,
              passMark: null,
              aspects: [
                aspect('S1', '技术难度', 'JUDGEMENT', 10, { judges: 5, aggregation: 'TRIMMED_MEAN', dropHighest: 1, dropLowest: 1 }),
                aspect('S2', '完成质量', 'JUDGEMENT', 10, { judges: 5, aggregation: 'TRIMMED_MEAN', dropHighest: 1, dropLowest: 1 }),
              ],
            },
          ]),
        ],
        awards: prizes,
        tieBreakModules: [],
      };
    case 'worldSkills':
      // WorldSkills marking: measurement aspects by one expert; judgement aspects 0–3 by three experts, scaled to their worth.
      return {
        ...base,
        scoreDecimals: 2,
        rounds: [
          finalRound([
            {
              code: 'A',
              name: '模块A 测量',
              weightPercent: 100,
              passMark: null,
              aspects: [aspect('A1', '尺寸符合图纸', 'MEASUREMENT', 5), aspect('A2', '功能测试', 'MEASUREMENT', 5)],
            },
            {
              code: 'B',
              name: '模块B 评价',
              weightPercent: 100,
              passMark: null,
              aspects: [worldSkillsJudgement('B1', '整体外观', 3), worldSkillsJudgement('B2', '工艺细节', 1.5)],
            },
          ]),
        ],
        // Medals by rank, then 优胜奖 (Medallion for Excellence) to the rest of the top half.
        awards: [...medals, { name: '优胜奖', percentFrom: 0, percentTo: 50 }],
        tieBreakModules: [],
      };
    case 'blank':
      return {
        ...base,
        rounds: [finalRound([{ code: 'M1', name: '', weightPercent: 100, passMark: null, aspects: [aspect('M1A1', '', 'MEASUREMENT', 10)] }])],
        awards: [],
        tieBreakModules: [],
      };
  }
}

/** The most points an aspect can give: maximum mark × scale × attempts when they add up (× the difficulty when it has one). */
export function aspectMaxPoints(a: Pick<WizardAspect, 'maxMark' | 'scaleFactor' | 'attempts' | 'attemptCombination' | 'aggregation' | 'judges' | 'dropHighest' | 'dropLowest'>): number {
  const kept = a.aggregation === 'SUM' ? a.judges : a.aggregation === 'TRIMMED_SUM' ? a.judges - a.dropHighest - a.dropLowest : 1;
  const perAttempt = (a.maxMark ?? 0) * kept * (a.scaleFactor ?? 1);
  return Number((perAttempt * (a.attemptCombination === 'SUM' ? (a.attempts ?? 1) : 1)).toFixed(4));
}

const blankToUndefined = <T,>(value: T | null | undefined | ''): T | undefined => (value === null || value === '' ? undefined : value);

/** The event's definition as createEvent and updateEvent take it: everything but which event it is. */
export type EventDefinition = Omit<CreateEventInput, 'competitionId'>;

/** The mutation's input: weights as factors (30 % → 0.3), empty optional fields left out. */
export function toCreateEventInput(values: WizardValues, competitionId: string): CreateEventInput {
  return { competitionId, ...toEventDefinition(values) };
}

/** updateEvent's input: the event as it should be, the whole definition as createEvent takes it. */
export function toUpdateEventInput(values: WizardValues, id: string): UpdateEventInput {
  return { id, ...toEventDefinition(values) };
}

function toEventDefinition(values: WizardValues): EventDefinition {
  return {
    name: values.name.trim(),
    occupationCode: blankToUndefined(values.occupationCode?.trim()),
    format: values.format,
    teamSize: values.format === 'TEAM' ? values.teamSize : undefined,
    scoreDecimals: values.scoreDecimals,
    conflictPolicy: values.conflictPolicy,
    tieBreakModules: values.tieBreakModules ?? [],
    awards: (values.awards ?? []).map((award) => ({
      name: award.name.trim(),
      rankFrom: blankToUndefined(award.rankFrom),
      rankTo: blankToUndefined(award.rankTo),
      percentFrom: blankToUndefined(award.percentFrom),
      percentTo: blankToUndefined(award.percentTo),
      minTotal: blankToUndefined(award.minTotal),
    })),
    rounds: values.rounds.map((round) => ({
      code: round.code.trim(),
      name: round.name.trim(),
      advancingCount: blankToUndefined(round.advancingCount),
      rankingIncludes: round.rankingIncludes ?? [],
      modules: round.modules.map((module) => ({
        code: module.code.trim(),
        name: module.name.trim(),
        weight: Number((module.weightPercent / 100).toFixed(6)),
        passMark: blankToUndefined(module.passMark),
        aspects: module.aspects.map((a) => ({
          code: a.code.trim(),
          name: a.name.trim(),
          kind: a.kind,
          maxMark: a.maxMark,
          judges: a.judges,
          aggregation: a.aggregation,
          dropHighest: a.dropHighest,
          dropLowest: a.dropLowest,
          scaleFactor: a.scaleFactor,
          attempts: a.attempts,
          attemptCombination: a.attemptCombination,
          difficulty: !!a.difficulty,
        })),
      })),
    })),
  };
}

export interface WizardProblem {
  name: FieldName;
  /** Text key in the event-wizard namespace. */
  key: string;
  params?: Record<string, string | number>;
}

/**
 * What the API would refuse, found before sending, each on its field: codes given twice in a round,
 * SINGLE with more than one judge, drops without trimming or leaving no mark, tie-breaks naming no module.
 */
export function wizardProblems(values: WizardValues): WizardProblem[] {
  const problems: WizardProblem[] = [];
  const moduleCodes = new Set<string>();
  const roundCodes = new Set<string>();
  values.rounds.forEach((round, r) => {
    if (roundCodes.has(round.code)) problems.push({ name: ['rounds', r, 'code'], key: 'problem.duplicateCode', params: { code: round.code } });
    roundCodes.add(round.code);
    const codes = new Set<string>();
    const taken = (code: string, name: FieldName) => {
      if (codes.has(code)) problems.push({ name, key: 'problem.duplicateCode', params: { code } });
      codes.add(code);
    };
    round.modules.forEach((module, m) => {
      taken(module.code, ['rounds', r, 'modules', m, 'code']);
      moduleCodes.add(module.code);
      module.aspects.forEach((a, i) => {
        const at = (field: string): FieldName => ['rounds', r, 'modules', m, 'aspects', i, field];
        taken(a.code, at('code'));
        const trims = a.aggregation === 'TRIMMED_MEAN' || a.aggregation === 'TRIMMED_SUM';
        if (a.aggregation === 'SINGLE' && a.judges !== 1) problems.push({ name: at('judges'), key: 'problem.singleOneJudge' });
        if (!trims && (a.dropHighest > 0 || a.dropLowest > 0)) problems.push({ name: at('dropHighest'), key: 'problem.dropsNeedTrim' });
        if (trims && a.dropHighest + a.dropLowest >= a.judges) problems.push({ name: at('dropHighest'), key: 'problem.dropsLeaveNone', params: { judges: a.judges } });
      });
    });
    (round.rankingIncludes ?? []).forEach((code) => {
      if (!values.rounds.slice(0, r).some((earlier) => earlier.code === code)) {
        problems.push({ name: ['rounds', r, 'rankingIncludes'], key: 'problem.notEarlierRound', params: { code } });
      }
    });
  });
  values.tieBreakModules.forEach((code) => {
    if (!moduleCodes.has(code)) problems.push({ name: ['tieBreakModules'], key: 'problem.noSuchModule', params: { code } });
  });
  values.awards.forEach((award, a) => {
    const hasBand = [award.rankFrom, award.rankTo, award.percentFrom, award.percentTo, award.minTotal].some((v) => v !== null && v !== undefined);
    if (!hasBand) problems.push({ name: ['awards', a, 'name'], key: 'problem.awardNeedsBand' });
  });
  return problems;
}
