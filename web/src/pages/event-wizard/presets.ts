import type { FieldName } from '../../forms/userErrors';
import type {
  AspectEffect,
  AspectKind,
  AttemptCombination,
  CompetitionKind,
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
  /**
   * 加分 (ADD, the aspect's points add to the module), 扣分项 (DEDUCT, they are taken off) or 一票否决 (VETO: marked
   * 0 or 1, out of 1, no difficulty; a 1 vetoes the entry for the period and every period whose ranking includes it).
   */
  effect: AspectEffect;
  /** 最大分差: the largest allowed difference between an attempt's highest and lowest mark, in points; empty: not checked. */
  maxSpread?: number | null;
}

export interface WizardModule {
  code: string;
  name: string;
  /** Percent of the round total: 30 for theory 30 %. */
  weightPercent: number;
  passMark?: number | null;
  /** 基础分: the module score starts here (0 when empty); DEDUCT aspects take off from it, never below 0 (扣完为止). */
  baseScore?: number | null;
  /** The module score's cap (a module of 加分项); empty for none. Above 0 and not below the base score. */
  maxScore?: number | null;
  aspects: WizardAspect[];
}

export interface WizardRound {
  code: string;
  name: string;
  advancingCount?: number | null;
  rankingIncludes?: string[];
  /** The assessment period (考核周期) the round covers, ISO dates 'YYYY-MM-DD'; empty when it has none. */
  startsOn?: string | null;
  endsOn?: string | null;
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
  /** 二次加密: judges see only draw codes. Chosen when the event is created, never changed (the edit drawer has none). */
  anonymousJudging?: boolean;
  /** 双人录入 of paper sheets by two scorekeepers. Chosen when the event is created, never changed. */
  doubleEntry?: boolean;
}

/**
 * The presets, in the order the wizard offers them, each with the kinds of competition it is for: the skill
 * contests' formats, the labor competitions' templates (设标定量计分 over assessment periods), the workshop's
 * 岗位练兵 (a skill format that trade unions also run inside a labor competition) and the blank scheme.
 * `sourced`: the preset names where its scheme comes from (text `preset.<id>Source`).
 */
export const presets = [
  { id: 'theoryPractical', kinds: ['SKILL'] },
  { id: 'fiveJudgesTrimmed', kinds: ['SKILL'] },
  { id: 'worldSkills', kinds: ['SKILL'] },
  { id: 'majorProject', kinds: ['LABOR'], sourced: true },
  { id: 'developmentStrategy', kinds: ['LABOR'], sourced: true },
  { id: 'centralTask', kinds: ['LABOR'], sourced: true },
  { id: 'serviceWindow', kinds: ['LABOR'], sourced: true },
  { id: 'workshopDrill', kinds: ['LABOR', 'SKILL'], sourced: true },
  { id: 'blank', kinds: ['LABOR', 'SKILL'] },
] as const satisfies readonly { id: string; kinds: readonly CompetitionKind[]; sourced?: boolean }[];

export type PresetId = (typeof presets)[number]['id'];
export const presetIds: readonly PresetId[] = presets.map((p) => p.id);

/** The presets for a competition of this kind, in order (a competition not known yet counts as SKILL). */
export function presetsFor(kind: CompetitionKind | null | undefined): PresetId[] {
  const wanted: CompetitionKind = kind === 'LABOR' ? 'LABOR' : 'SKILL';
  return presets.filter((p) => (p.kinds as readonly CompetitionKind[]).includes(wanted)).map((p) => p.id);
}

/** Whether the preset is a labor competition's template. */
export function isLaborPreset(preset: PresetId): boolean {
  return (presets.find((p) => p.id === preset)?.kinds as readonly CompetitionKind[] | undefined)?.includes('LABOR') ?? false;
}

/** Whether the preset names its source (text `preset.<id>Source`). */
export function presetHasSource(preset: PresetId): boolean {
  return presets.some((p) => p.id === preset && 'sourced' in p && p.sourced);
}

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
    effect: 'ADD',
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

/** 扣分项: an inspection's deductions, in points, entered by one assessor. */
const deduction = (code: string, name: string, most: number) => aspect(code, name, 'MEASUREMENT', most, { effect: 'DEDUCT' });
/** 一票否决: marked 1 when it happened (a 1 vetoes the unit for the period), else 0. */
const veto = (code: string, name: string) => aspect(code, name, 'MEASUREMENT', 1, { effect: 'VETO' });
/** A panel's assessment (考评组): three assessors mark, their mean counts. */
const assessed = (code: string, name: string, worth: number) => aspect(code, name, 'JUDGEMENT', worth, { judges: 3, aggregation: 'MEAN' });

/**
 * A module of 设标定量计分: it counts with its points as they are (weight 100 %); `baseScore` the points it starts
 * from (扣分项 take off from them), `maxScore` its cap.
 */
function pointsModule(code: string, name: string, aspects: WizardAspect[], more: Partial<WizardModule> = {}): WizardModule {
  return { code, name, weightPercent: 100, passMark: null, baseScore: 0, maxScore: null, aspects, ...more };
}

/** The 一票否决 items of a labor template, in a module of their own (they add nothing to the score). */
const vetoModule = (...aspects: WizardAspect[]) => pointsModule('V', '一票否决项', aspects);

/** A round's code, name and period, before its modules. */
type Period = Pick<WizardRound, 'code' | 'name' | 'startsOn' | 'endsOn'>;

const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
/** The last day of a month (1–12). */
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The four calendar quarters of a year. */
function quarters(year: number): Period[] {
  return ['第一季度', '第二季度', '第三季度', '第四季度'].map((name, q) => ({
    code: `Q${q + 1}`,
    name,
    startsOn: iso(year, q * 3 + 1, 1),
    endsOn: iso(year, q * 3 + 3, lastDay(year, q * 3 + 3)),
  }));
}

/** The two halves of a year. */
function halfYears(year: number): Period[] {
  return [
    { code: 'H1', name: '上半年', startsOn: iso(year, 1, 1), endsOn: iso(year, 6, 30) },
    { code: 'H2', name: '下半年', startsOn: iso(year, 7, 1), endsOn: iso(year, 12, 31) },
  ];
}

/** Three months from the anchor's month: two months of 岗位练兵, then the quarter's 技术比武. */
function drillMonths(year: number, month: number): Period[] {
  return ['第一月 岗位练兵', '第二月 岗位练兵', '第三月 技术比武'].map((name, i) => {
    const m0 = month - 1 + i;
    const y = year + Math.floor(m0 / 12);
    const m = (m0 % 12) + 1;
    return { code: `M${i + 1}`, name, startsOn: iso(y, m, 1), endsOn: iso(y, m, lastDay(y, m)) };
  });
}

/**
 * Periods that all share one scheme, each ranked on the total so far (rankingIncludes: every earlier period), so
 * that the last period's ranking is the whole competition's and its awards go by the cumulative total; every
 * period has its own standings and 流动红旗.
 */
function cumulative(periods: Period[], modules: () => WizardModule[]): WizardRound[] {
  return periods.map((period, p) => ({
    ...period,
    advancingCount: null,
    rankingIncludes: periods.slice(0, p).map((earlier) => earlier.code),
    modules: modules(),
  }));
}

/** Today's date, 'YYYY-MM-DD', in the browser's time zone. */
function today(): string {
  const now = new Date();
  return iso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * The wizard's values for a preset; `name` is the event's name the organizer typed, if any. A template's periods
 * get dates from `anchor` (an ISO date: the competition's first day, else today): the calendar quarters or
 * halves of its year, or, for 岗位练兵, the three months from its month. The organizer changes them as needed.
 */
export function expandPreset(preset: PresetId, name = '', anchor: string = today()): WizardValues {
  const base = { name, occupationCode: '', format: 'INDIVIDUAL' as EventFormat, teamSize: 1, scoreDecimals: 2, conflictPolicy: 'BLOCK' as ConflictPolicy };
  const [year, month] = (/^\d{4}-\d{2}-\d{2}$/.test(anchor) ? anchor : today()).split('-').map(Number);
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
    case 'majorProject':
      // 重点工程劳动竞赛 “六比一创”: 比质量、比进度、比安全、比创新、比管理、比廉洁，创精品工程, scored as 设标定量计分:
      // each 比 starts from its points (100 in all) and inspections deduct (扣完为止); 创精品工程 adds at most 10;
      // 重大安全、质量事故 and 拖欠农民工工资 veto the quarter (and the year's ranking). Quarterly, cumulative.
      return {
        ...base,
        rounds: cumulative(quarters(year), () => [
          pointsModule('Q', '比质量', [deduction('Q-D1', '质量检查扣分', 20)], { baseScore: 20 }),
          pointsModule('P', '比进度', [deduction('P-D1', '节点工期滞后扣分', 20)], { baseScore: 20 }),
          pointsModule('S', '比安全', [deduction('S-D1', '安全检查隐患扣分', 20)], { baseScore: 20 }),
          pointsModule('I', '比创新', [deduction('I-D1', '技术创新计划未落实扣分', 10)], { baseScore: 10 }),
          pointsModule('M', '比管理', [deduction('M-D1', '管理与文明施工检查扣分', 15)], { baseScore: 15 }),
          pointsModule('L', '比廉洁', [deduction('L-D1', '廉洁建设检查扣分', 15)], { baseScore: 15 }),
          pointsModule(
            'B',
            '创精品工程（加分项）',
            [
              aspect('B-A1', '获优质工程、科技进步等奖项', 'MEASUREMENT', 5),
              aspect('B-A2', '工法、专利与质量管理小组成果', 'MEASUREMENT', 5),
              aspect('B-A3', '受到上级表彰或通报表扬', 'MEASUREMENT', 5),
            ],
            { maxScore: 10 },
          ),
          vetoModule(veto('V-1', '发生重大安全事故或重大质量事故'), veto('V-2', '拖欠农民工工资')),
        ]),
        // 全总's guide names 先进单位, 先进集体, 先进班组 and 优秀建设者; units here: the top three, then the top 30 %.
        awards: [
          { name: '先进集体', rankFrom: 1, rankTo: 3 },
          { name: '优胜单位', percentFrom: 0, percentTo: 30 },
        ],
        tieBreakModules: ['S', 'Q'],
      };
    case 'developmentStrategy':
      // 重大发展战略劳动竞赛 “五比”: 比措施、比机制、比创新、比落实、比实效, each worth 20, assessed by a panel of
      // three; a major accident vetoes the half-year. Half-yearly, cumulative.
      return {
        ...base,
        rounds: cumulative(halfYears(year), () => [
          pointsModule('CS', '比措施', [assessed('CS-1', '目标任务分解与推进措施', 20)]),
          pointsModule('JZ', '比机制', [assessed('JZ-1', '组织领导与协调推进机制', 20)]),
          pointsModule('CX', '比创新', [assessed('CX-1', '技术、管理与模式创新', 20)]),
          pointsModule('LS', '比落实', [assessed('LS-1', '重点任务与节点落实', 20)]),
          pointsModule('SX', '比实效', [assessed('SX-1', '目标完成与经济社会效益', 20)]),
          vetoModule(veto('V-1', '发生重大安全、质量或环境责任事故')),
        ]),
        awards: [
          { name: '先进单位', percentFrom: 0, percentTo: 20 },
          { name: '优胜单位', percentFrom: 20, percentTo: 50 },
        ],
        tieBreakModules: ['SX', 'LS'],
      };
    case 'centralTask':
      // 完成中心工作劳动竞赛 “四比”: 比担当 (assessed, 25), 比绩效 (the targets met, 40), 比管理 (20) and 比廉政 (15)
      // deducted from their points; 违纪违法 and a major accident veto. Quarterly, cumulative.
      return {
        ...base,
        rounds: cumulative(quarters(year), () => [
          pointsModule('DD', '比担当', [assessed('DD-1', '急难险重任务中的担当作为', 25)]),
          pointsModule('JX', '比绩效', [aspect('JX-1', '中心工作目标完成情况', 'MEASUREMENT', 40)]),
          pointsModule('GL', '比管理', [deduction('GL-D1', '制度执行与基础管理检查扣分', 20)], { baseScore: 20 }),
          pointsModule('LZ', '比廉政', [deduction('LZ-D1', '廉政与作风问题扣分', 15)], { baseScore: 15 }),
          vetoModule(veto('V-1', '发生违纪违法案件'), veto('V-2', '发生重大安全生产责任事故')),
        ]),
        awards: [
          { name: '先进集体', percentFrom: 0, percentTo: 20 },
          { name: '优胜单位', percentFrom: 20, percentTo: 50 },
        ],
        tieBreakModules: ['JX'],
      };
    case 'serviceWindow':
      // 办事服务窗口劳动竞赛 “四个一流”: 一流工作 (25, deducted), 一流服务 (满意度 30, 有效投诉 deducted),
      // 一流业绩 (25), 一流团队 (assessed, 20); 违纪违法 or a bad public incident vetoes. Quarterly, cumulative.
      return {
        ...base,
        rounds: cumulative(quarters(year), () => [
          pointsModule('GZ', '一流工作', [deduction('GZ-D1', '工作规范与制度执行检查扣分', 25)], { baseScore: 25 }),
          pointsModule('FW', '一流服务', [aspect('FW-1', '办事群众满意度', 'MEASUREMENT', 30), deduction('FW-D1', '有效投诉扣分', 10)]),
          pointsModule('YJ', '一流业绩', [aspect('YJ-1', '办件量与按时办结率', 'MEASUREMENT', 25)]),
          pointsModule('TD', '一流团队', [assessed('TD-1', '队伍建设与作风形象', 20)]),
          vetoModule(veto('V-1', '工作人员违纪违法或造成恶劣社会影响')),
        ]),
        awards: [
          { name: '示范窗口', rankFrom: 1, rankTo: 3 },
          { name: '优秀窗口', percentFrom: 0, percentTo: 30 },
        ],
        tieBreakModules: ['FW'],
      };
    case 'workshopDrill':
      // 车间岗位练兵、技术比武 (月月练兵、季季比武): each month 理论 30 % + 实操 70 %, each out of 100 with a pass mark of 60;
      // the third month's 技术比武 ranks on the three months together. 严重违章 vetoes the month and the quarter.
      return {
        ...base,
        rounds: cumulative(drillMonths(year, month), () => [
          { code: 'T', name: '理论（应知应会）', weightPercent: 30, passMark: 60, aspects: [aspect('T1', '应知应会理论测试', 'MEASUREMENT', 100)] },
          {
            code: 'P',
            name: '实操',
            weightPercent: 70,
            passMark: 60,
            aspects: [
              aspect('P1', '操作步骤与规范', 'MEASUREMENT', 40),
              aspect('P2', '作业质量', 'MEASUREMENT', 40),
              aspect('P3', '操作用时', 'MEASUREMENT', 20),
              veto('P-V1', '严重违反安全操作规程'),
            ],
          },
        ]),
        awards: [
          { name: '练兵标兵', rankFrom: 1, rankTo: 3 },
          { name: '岗位能手', percentFrom: 0, percentTo: 30 },
        ],
        tieBreakModules: ['P', 'T'],
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

const isNumber = (value: unknown): value is number => typeof value === 'number' && !Number.isNaN(value);

/**
 * The most a module can score: its base score and every ADD aspect's points (a DEDUCT aspect can take nothing off
 * at best, a VETO aspect adds nothing), within its cap; null when an ADD aspect has a difficulty (no upper bound).
 */
export function moduleMaxScore(module: Pick<WizardModule, 'baseScore' | 'maxScore' | 'aspects'>): number | null {
  const adds = (module.aspects ?? []).filter((a) => a && (a.effect ?? 'ADD') === 'ADD');
  if (adds.some((a) => a.difficulty)) return null;
  const most = (Number(module.baseScore) || 0) + adds.reduce((sum, a) => sum + aspectMaxPoints(a), 0);
  return Number((isNumber(module.maxScore) ? Math.min(most, module.maxScore) : most).toFixed(4));
}

/** The most a round total can be: Σ weight × the module's most; null when a module has no upper bound. */
export function roundMaxTotal(round: Pick<WizardRound, 'modules'>): number | null {
  let total = 0;
  for (const module of round.modules ?? []) {
    if (!module) continue;
    const most = moduleMaxScore(module);
    if (most === null) return null;
    total += ((Number(module.weightPercent) || 0) / 100) * most;
  }
  return Number(total.toFixed(4));
}

const blankToUndefined = <T,>(value: T | null | undefined | ''): T | undefined => (value === null || value === '' ? undefined : value);

/** The event's definition as createEvent and updateEvent take it: everything but which event it is. */
export type EventDefinition = Omit<CreateEventInput, 'competitionId'>;

/** The mutation's input: weights as factors (30 % → 0.3), empty optional fields left out; the judging options, fixed from then on, always said. */
export function toCreateEventInput(values: WizardValues, competitionId: string): CreateEventInput {
  return { competitionId, ...toEventDefinition(values), anonymousJudging: !!values.anonymousJudging, doubleEntry: !!values.doubleEntry };
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
      startsOn: blankToUndefined(round.startsOn),
      endsOn: blankToUndefined(round.endsOn),
      modules: round.modules.map((module) => ({
        code: module.code.trim(),
        name: module.name.trim(),
        weight: Number((module.weightPercent / 100).toFixed(6)),
        passMark: blankToUndefined(module.passMark),
        baseScore: blankToUndefined(module.baseScore),
        maxScore: blankToUndefined(module.maxScore),
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
          effect: a.effect,
          maxSpread: blankToUndefined(a.maxSpread),
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
 * SINGLE with more than one judge, drops without trimming or leaving no mark, a veto not marked out of 1 or with a
 * difficulty, a module's cap not above 0 or below its base score, a period ending before it starts, tie-breaks
 * naming no module.
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
    if (round.startsOn && round.endsOn && round.endsOn < round.startsOn) {
      problems.push({ name: ['rounds', r, 'endsOn'], key: 'problem.endsBeforeStart', params: { startsOn: round.startsOn } });
    }
    round.modules.forEach((module, m) => {
      taken(module.code, ['rounds', r, 'modules', m, 'code']);
      moduleCodes.add(module.code);
      const base = module.baseScore ?? 0;
      if (isNumber(module.maxScore) && module.maxScore <= 0) {
        problems.push({ name: ['rounds', r, 'modules', m, 'maxScore'], key: 'problem.maxScoreAboveZero' });
      } else if (isNumber(module.maxScore) && module.maxScore < base) {
        problems.push({ name: ['rounds', r, 'modules', m, 'maxScore'], key: 'problem.maxScoreBelowBase', params: { base } });
      }
      module.aspects.forEach((a, i) => {
        const at = (field: string): FieldName => ['rounds', r, 'modules', m, 'aspects', i, field];
        taken(a.code, at('code'));
        const trims = a.aggregation === 'TRIMMED_MEAN' || a.aggregation === 'TRIMMED_SUM';
        if (a.aggregation === 'SINGLE' && a.judges !== 1) problems.push({ name: at('judges'), key: 'problem.singleOneJudge' });
        if (!trims && (a.dropHighest > 0 || a.dropLowest > 0)) problems.push({ name: at('dropHighest'), key: 'problem.dropsNeedTrim' });
        if (trims && a.dropHighest + a.dropLowest >= a.judges) problems.push({ name: at('dropHighest'), key: 'problem.dropsLeaveNone', params: { judges: a.judges } });
        if (a.effect === 'VETO' && a.maxMark !== 1) problems.push({ name: at('maxMark'), key: 'problem.vetoMaxMarkOne' });
        if (a.effect === 'VETO' && a.difficulty) problems.push({ name: at('difficulty'), key: 'problem.vetoNoDifficulty' });
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
