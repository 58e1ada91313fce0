import { describe, expect, it } from 'vitest';
import {
  aspectMaxPoints,
  expandPreset,
  isLaborPreset,
  moduleMaxScore,
  presetHasSource,
  presetIds,
  presetsFor,
  roundMaxTotal,
  toCreateEventInput,
  toUpdateEventInput,
  wizardProblems,
  worldSkillsJudgement,
  type WizardValues,
} from './presets';

describe('presets', () => {
  it('理论30% + 实操70%: two modules weighted 0.3 and 0.7, each out of 100 with a pass mark of 60', () => {
    const input = toCreateEventInput(expandPreset('theoryPractical', ' 焊工 '), 'Q29tcGV0aXRpb246MQ');
    expect(input.name).toBe('焊工');
    expect(input.competitionId).toBe('Q29tcGV0aXRpb246MQ');
    const [theory, practical] = input.rounds[0].modules;
    expect([theory.weight, practical.weight]).toEqual([0.3, 0.7]);
    expect([theory.passMark, practical.passMark]).toEqual([60, 60]);
    expect(theory.aspects.reduce((sum, a) => sum + a.maxMark, 0)).toBe(100);
    expect(practical.aspects.reduce((sum, a) => sum + a.maxMark, 0)).toBe(100);
    expect(input.tieBreakModules).toEqual(['P', 'T']);
    expect(input.teamSize).toBeUndefined();
    // judges see names, paper sheets count once typed: the options are said, off
    expect([input.anonymousJudging, input.doubleEntry]).toEqual([false, false]);
    expect(toCreateEventInput({ ...expandPreset('theoryPractical', '焊工'), anonymousJudging: true, doubleEntry: true }, 'c')).toMatchObject({ anonymousJudging: true, doubleEntry: true });
    expect(wizardProblems(expandPreset('theoryPractical', 'x'))).toEqual([]);
  });

  it('五名裁判去掉最高最低分: five marks, trimmed mean dropping one highest and one lowest', () => {
    const values = expandPreset('fiveJudgesTrimmed');
    for (const a of values.rounds[0].modules[0].aspects) {
      expect(a).toMatchObject({ judges: 5, aggregation: 'TRIMMED_MEAN', dropHighest: 1, dropLowest: 1, maxMark: 10 });
    }
    expect(wizardProblems(values)).toEqual([]);
  });

  it('WorldSkills: judgement 0–3 by three experts, scaled by the aspect worth / 3', () => {
    const values = expandPreset('worldSkills');
    const judgement = values.rounds[0].modules[1].aspects;
    expect(judgement.map((a) => [a.maxMark, a.judges, a.aggregation, a.scaleFactor])).toEqual([
      [3, 3, 'MEAN', 1],
      [3, 3, 'MEAN', 0.5],
    ]);
    expect(judgement.map(aspectMaxPoints)).toEqual([3, 1.5]);
    expect(worldSkillsJudgement('X', 'x', 2).scaleFactor).toBe(0.666667);
    expect(values.awards.map((a) => a.name)).toEqual(['金牌', '银牌', '铜牌', '优胜奖']);
    expect(wizardProblems(values)).toEqual([]);
  });

  it('leaves empty optional fields out of the input', () => {
    const values = expandPreset('theoryPractical', '焊工');
    values.occupationCode = '';
    values.awards = [{ name: '金牌', rankFrom: 1, rankTo: null, percentFrom: undefined, minTotal: null }];
    const input = toCreateEventInput(values, 'c');
    expect(input.occupationCode).toBeUndefined();
    expect(input.awards).toEqual([{ name: '金牌', rankFrom: 1, rankTo: undefined, percentFrom: undefined, percentTo: undefined, minTotal: undefined }]);
    expect(input.rounds[0].advancingCount).toBeUndefined();
  });

  it('a team event sends its team size', () => {
    const values = { ...expandPreset('blank', '团体'), format: 'TEAM' as const, teamSize: 3 };
    expect(toCreateEventInput(values, 'c').teamSize).toBe(3);
  });
});

describe('wizardProblems', () => {
  it('finds what the API would refuse, each on its field', () => {
    const values = expandPreset('fiveJudgesTrimmed');
    const [s1, s2] = values.rounds[0].modules[0].aspects;
    s1.dropHighest = 2;
    s1.dropLowest = 3; // 5 of 5 dropped
    s2.code = 'S1';
    s2.aggregation = 'SINGLE'; // with 5 judges, and drops
    values.tieBreakModules = ['X'];
    values.awards = [{ name: '纪念奖' }];
    expect(wizardProblems(values).map((p) => [p.name.join('.'), p.key])).toEqual([
      ['rounds.0.modules.0.aspects.0.dropHighest', 'problem.dropsLeaveNone'],
      ['rounds.0.modules.0.aspects.1.code', 'problem.duplicateCode'],
      ['rounds.0.modules.0.aspects.1.judges', 'problem.singleOneJudge'],
      ['rounds.0.modules.0.aspects.1.dropHighest', 'problem.dropsNeedTrim'],
      ['tieBreakModules', 'problem.noSuchModule'],
      ['awards.0.name', 'problem.awardNeedsBand'],
    ]);
  });

  it('knows only earlier rounds can be carried into a ranking', () => {
    const values = expandPreset('blank');
    values.rounds = [{ ...values.rounds[0], code: 'P', rankingIncludes: ['F'] }, { ...values.rounds[0], code: 'F', rankingIncludes: ['P'] }];
    values.rounds[1].modules = [{ ...values.rounds[0].modules[0], code: 'M2', aspects: [{ ...values.rounds[0].modules[0].aspects[0], code: 'M2A1' }] }];
    expect(wizardProblems(values).map((p) => p.name.join('.'))).toEqual(['rounds.0.rankingIncludes']);
  });
});

describe('the presets offered for a competition’s kind', () => {
  it('offers a labor competition the labor templates, then 岗位练兵 and 空白; a skill competition the skill formats', () => {
    expect(presetsFor('LABOR')).toEqual(['majorProject', 'developmentStrategy', 'centralTask', 'serviceWindow', 'workshopDrill', 'blank']);
    expect(presetsFor('SKILL')).toEqual(['theoryPractical', 'fiveJudgesTrimmed', 'worldSkills', 'workshopDrill', 'blank']);
    expect(presetsFor(undefined)).toEqual(presetsFor('SKILL'));
    expect(presetIds.filter(isLaborPreset)).toEqual(['majorProject', 'developmentStrategy', 'centralTask', 'serviceWindow', 'workshopDrill', 'blank']);
    expect(isLaborPreset('theoryPractical')).toBe(false);
    // every template names its source; the skill formats and the blank scheme do not claim one
    expect(presetIds.filter(presetHasSource)).toEqual(['majorProject', 'developmentStrategy', 'centralTask', 'serviceWindow', 'workshopDrill']);
  });
});

describe('the labor templates', () => {
  it.each(presetIds)('%s expands to a scheme with nothing the API would refuse, sent whole', (preset) => {
    for (const anchor of ['2026-01-01', '2026-11-15', '2028-02-10']) {
      const values = expandPreset(preset, '劳动竞赛', anchor);
      expect(wizardProblems(values)).toEqual([]);
      const input = toCreateEventInput(values, 'c');
      expect(input.rounds).toHaveLength(values.rounds.length);
      for (const round of input.rounds) {
        expect(round.modules.length).toBeGreaterThan(0);
        for (const module of round.modules) {
          expect(module.aspects.length).toBeGreaterThan(0);
          if (module.maxScore != null) expect(module.maxScore).toBeGreaterThanOrEqual(module.baseScore ?? 0);
          for (const a of module.aspects) {
            expect(['ADD', 'DEDUCT', 'VETO']).toContain(a.effect);
            if (a.effect === 'VETO') expect([a.maxMark, a.difficulty]).toEqual([1, false]);
          }
        }
        if (round.startsOn && round.endsOn) expect(round.endsOn >= round.startsOn).toBe(true);
      }
    }
  });

  it('六比一创: four quarters of the anchor’s year, each ranked on the year so far, 100 points of deductions, a capped bonus, two vetoes', () => {
    const values = expandPreset('majorProject', '某高速公路重点工程劳动竞赛', '2026-03-15');
    expect(values.rounds.map((r) => [r.code, r.name, r.startsOn, r.endsOn, r.rankingIncludes])).toEqual([
      ['Q1', '第一季度', '2026-01-01', '2026-03-31', []],
      ['Q2', '第二季度', '2026-04-01', '2026-06-30', ['Q1']],
      ['Q3', '第三季度', '2026-07-01', '2026-09-30', ['Q1', 'Q2']],
      ['Q4', '第四季度', '2026-10-01', '2026-12-31', ['Q1', 'Q2', 'Q3']],
    ]);
    const [q1, q2] = values.rounds;
    expect(q1.modules.map((m) => m.name)).toEqual(['比质量', '比进度', '比安全', '比创新', '比管理', '比廉洁', '创精品工程（加分项）', '一票否决项']);
    // the six 比 start from their points, 100 in all, and only deduct
    const six = q1.modules.slice(0, 6);
    expect(six.reduce((sum, m) => sum + (m.baseScore ?? 0), 0)).toBe(100);
    for (const m of six) expect(m.aspects.every((a) => a.effect === 'DEDUCT' && a.maxMark <= (m.baseScore ?? 0))).toBe(true);
    const bonus = q1.modules[6];
    expect([bonus.baseScore, bonus.maxScore, moduleMaxScore(bonus)]).toEqual([0, 10, 10]);
    expect(bonus.aspects.map(aspectMaxPoints).reduce((a, b) => a + b)).toBe(15); // more than the cap: it is capped
    expect(q1.modules[7].aspects.map((a) => [a.code, a.name, a.effect, a.maxMark])).toEqual([
      ['V-1', '发生重大安全事故或重大质量事故', 'VETO', 1],
      ['V-2', '拖欠农民工工资', 'VETO', 1],
    ]);
    expect(roundMaxTotal(q1)).toBe(110);
    // every quarter has its own copy of the scheme
    expect(q2.modules).toEqual(q1.modules);
    expect(q2.modules[0]).not.toBe(q1.modules[0]);
    expect(values.awards).toEqual([
      { name: '先进集体', rankFrom: 1, rankTo: 3 },
      { name: '优胜单位', percentFrom: 0, percentTo: 30 },
    ]);
  });

  it('五比, 四比 and 四个一流 are worth 100 points a period; 五比 by half-years', () => {
    const strategy = expandPreset('developmentStrategy', '', '2027-05-01');
    expect(strategy.rounds.map((r) => [r.code, r.startsOn, r.endsOn, r.rankingIncludes])).toEqual([
      ['H1', '2027-01-01', '2027-06-30', []],
      ['H2', '2027-07-01', '2027-12-31', ['H1']],
    ]);
    expect(strategy.rounds[0].modules.map((m) => m.name)).toEqual(['比措施', '比机制', '比创新', '比落实', '比实效', '一票否决项']);
    expect(strategy.rounds[0].modules[0].aspects[0]).toMatchObject({ kind: 'JUDGEMENT', judges: 3, aggregation: 'MEAN', maxMark: 20, effect: 'ADD' });
    const central = expandPreset('centralTask', '', '2027-05-01');
    expect(central.rounds[0].modules.map((m) => m.name)).toEqual(['比担当', '比绩效', '比管理', '比廉政', '一票否决项']);
    const window = expandPreset('serviceWindow', '', '2027-05-01');
    expect(window.rounds[0].modules.map((m) => m.name)).toEqual(['一流工作', '一流服务', '一流业绩', '一流团队', '一票否决项']);
    // 一流服务: satisfaction adds, valid complaints deduct
    expect(window.rounds[0].modules[1].aspects.map((a) => [a.name, a.effect])).toEqual([
      ['办事群众满意度', 'ADD'],
      ['有效投诉扣分', 'DEDUCT'],
    ]);
    for (const values of [strategy, central, window]) {
      expect(values.rounds.every((r) => roundMaxTotal(r) === 100)).toBe(true);
    }
  });

  it('岗位练兵: three months from the anchor’s month (across the year end), 理论 30 % + 实操 70 %, the third month ranked on all three', () => {
    const values = expandPreset('workshopDrill', '', '2026-11-20');
    expect(values.rounds.map((r) => [r.code, r.startsOn, r.endsOn, r.rankingIncludes])).toEqual([
      ['M1', '2026-11-01', '2026-11-30', []],
      ['M2', '2026-12-01', '2026-12-31', ['M1']],
      ['M3', '2027-01-01', '2027-01-31', ['M1', 'M2']],
    ]);
    expect(values.rounds[2].name).toBe('第三月 技术比武');
    expect(expandPreset('workshopDrill', '', '2028-02-03').rounds[0].endsOn).toBe('2028-02-29');
    expect(values.rounds[0].modules.map((m) => [m.code, m.weightPercent, m.passMark])).toEqual([
      ['T', 30, 60],
      ['P', 70, 60],
    ]);
    expect(values.rounds[0].modules[1].aspects.at(-1)).toMatchObject({ code: 'P-V1', effect: 'VETO', maxMark: 1 });
    expect(roundMaxTotal(values.rounds[0])).toBe(100);
  });

  it('dates its periods from today when given no anchor', () => {
    const year = new Date().getFullYear();
    expect(expandPreset('majorProject').rounds[0].startsOn).toBe(`${year}-01-01`);
    expect(expandPreset('majorProject', '', 'not a date').rounds[3].endsOn).toBe(`${year}-12-31`);
  });
});

describe('effects, base scores, caps and periods in the input', () => {
  it('sends each aspect’s effect, each module’s base score and cap, each round’s period', () => {
    const input = toUpdateEventInput(expandPreset('majorProject', '重点工程', '2026-01-01'), 'Event:1');
    const [q1, , , q4] = input.rounds;
    expect([q1.startsOn, q1.endsOn, q4.startsOn, q4.endsOn]).toEqual(['2026-01-01', '2026-03-31', '2026-10-01', '2026-12-31']);
    expect(q1.modules.map((m) => [m.code, m.baseScore, m.maxScore])).toEqual([
      ['Q', 20, undefined],
      ['P', 20, undefined],
      ['S', 20, undefined],
      ['I', 10, undefined],
      ['M', 15, undefined],
      ['L', 15, undefined],
      ['B', 0, 10],
      ['V', 0, undefined],
    ]);
    expect(q1.modules.flatMap((m) => m.aspects.map((a) => `${a.code}:${a.effect}`))).toEqual([
      'Q-D1:DEDUCT',
      'P-D1:DEDUCT',
      'S-D1:DEDUCT',
      'I-D1:DEDUCT',
      'M-D1:DEDUCT',
      'L-D1:DEDUCT',
      'B-A1:ADD',
      'B-A2:ADD',
      'B-A3:ADD',
      'V-1:VETO',
      'V-2:VETO',
    ]);
  });

  it('leaves an empty period, base score and cap out', () => {
    const values = expandPreset('blank', '空白');
    values.rounds[0] = { ...values.rounds[0], startsOn: null, endsOn: '' };
    values.rounds[0].modules[0] = { ...values.rounds[0].modules[0], baseScore: null, maxScore: null };
    const json = JSON.parse(JSON.stringify(toCreateEventInput(values, 'c'))) as { rounds: Record<string, unknown>[] };
    const [round] = json.rounds;
    expect(Object.keys(round)).not.toContain('startsOn');
    expect(Object.keys(round)).not.toContain('endsOn');
    const [module] = round.modules as Record<string, unknown>[];
    expect(Object.keys(module)).not.toContain('baseScore');
    expect(Object.keys(module)).not.toContain('maxScore');
    expect((module.aspects as Record<string, unknown>[])[0].effect).toBe('ADD');
  });
});

describe('wizardProblems: vetoes, caps and periods', () => {
  function broken(): WizardValues {
    const values = expandPreset('majorProject', 'x', '2026-01-01');
    const q1 = values.rounds[0];
    q1.endsOn = '2025-12-31'; // before 2026-01-01
    q1.modules[0].maxScore = 15; // below the base score 20
    q1.modules[6].maxScore = 0;
    q1.modules[7].aspects[0].maxMark = 10; // a veto out of 10
    q1.modules[7].aspects[1].difficulty = true;
    return values;
  }

  it('finds a veto not out of 1 or with a difficulty, a cap below the base score or not above 0, a period ending before it starts', () => {
    expect(wizardProblems(broken()).map((p) => [p.name.join('.'), p.key, p.params])).toEqual([
      ['rounds.0.endsOn', 'problem.endsBeforeStart', { startsOn: '2026-01-01' }],
      ['rounds.0.modules.0.maxScore', 'problem.maxScoreBelowBase', { base: 20 }],
      ['rounds.0.modules.6.maxScore', 'problem.maxScoreAboveZero', undefined],
      ['rounds.0.modules.7.aspects.0.maxMark', 'problem.vetoMaxMarkOne', undefined],
      ['rounds.0.modules.7.aspects.1.difficulty', 'problem.vetoNoDifficulty', undefined],
    ]);
  });

  it('accepts a cap equal to the base score, a one-day period and a veto out of 1', () => {
    const values = expandPreset('majorProject', 'x', '2026-01-01');
    values.rounds[0].modules[0].maxScore = 20;
    values.rounds[0].endsOn = values.rounds[0].startsOn;
    expect(wizardProblems(values)).toEqual([]);
  });
});
