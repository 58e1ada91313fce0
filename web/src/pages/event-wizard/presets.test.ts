import { describe, expect, it } from 'vitest';
import { aspectMaxPoints, expandPreset, toCreateEventInput, wizardProblems, worldSkillsJudgement } from './presets';

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
