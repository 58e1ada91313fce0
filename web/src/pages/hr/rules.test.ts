import { describe, expect, it } from 'vitest';
import { describeConditions, describeOutcome, describeRule, policyToInput, ruleProblems, toRuleInput, type Rule } from './rules';

describe('describing rules', () => {
  it('reads a rank band with a category and a level in Chinese', () => {
    const rule: Rule = { rankFrom: 1, rankTo: 3, category: 'EMPLOYEE', outcome: 'SKILL_LEVEL', level: 'TECHNICIAN' };
    expect(describeRule(rule, 'zh-CN')).toBe('第 1–3 名，限职工 → 晋升为技师');
    expect(describeRule(rule, 'en')).toBe('ranks 1–3, Employee only → promoted to Technician');
  });

  it('reads percent bands, awards, field sizes and passes', () => {
    expect(describeConditions({ outcome: 'TITLE', percentTo: 10 }, 'zh-CN')).toBe('前 10%');
    expect(describeConditions({ outcome: 'TITLE', percentFrom: 10, percentTo: 30 }, 'zh-CN')).toBe('前 30%（不含前 10%）');
    expect(describeConditions({ outcome: 'TITLE', awards: ['金牌', '银牌'], requirePassedModules: true }, 'zh-CN')).toBe(
      '获 金牌/银牌，各模块均达合格线',
    );
    expect(describeConditions({ outcome: 'TITLE', minField: 10 }, 'zh-CN')).toBe('参赛不少于 10 人（队）');
    expect(describeConditions({ outcome: 'TITLE', rankFrom: 1, rankTo: 1 }, 'zh-CN')).toBe('第 1 名');
    expect(describeConditions({ outcome: 'TITLE' }, 'zh-CN')).toBe('所有有名次的选手');
  });

  it('reads titles, nominations and level steps', () => {
    expect(describeOutcome({ outcome: 'TITLE', title: '全国技术能手' }, 'zh-CN')).toBe('授予“全国技术能手”称号');
    expect(describeOutcome({ outcome: 'HONOR_NOMINATION', title: '五一劳动奖章' }, 'zh-CN')).toBe('推荐申报五一劳动奖章');
    expect(describeOutcome({ outcome: 'SKILL_LEVEL', levelSteps: 1 }, 'zh-CN')).toBe('晋升 1 级');
    expect(describeOutcome({ outcome: 'SKILL_LEVEL', levelSteps: 1 }, 'en')).toBe('promoted 1 level');
    expect(describeOutcome({ outcome: 'SKILL_LEVEL', levelSteps: 2 }, 'en')).toBe('promoted 2 levels');
  });
});

describe('checking rules before sending', () => {
  it('accepts a sound rule', () => {
    expect(ruleProblems({ rankFrom: 1, rankTo: 5, outcome: 'SKILL_LEVEL', level: 'SENIOR' })).toEqual([]);
    expect(ruleProblems({ percentTo: 10, outcome: 'TITLE', title: '技术能手' })).toEqual([]);
  });

  it('names the field of each problem as the API would', () => {
    expect(ruleProblems({ rankFrom: 5, rankTo: 3, outcome: 'SKILL_LEVEL', level: 'SENIOR' })).toEqual([{ field: 'rankTo', problem: 'rankOrder' }]);
    expect(ruleProblems({ percentFrom: 30, percentTo: 10, outcome: 'TITLE', title: 'x' })).toEqual([{ field: 'percentTo', problem: 'percentOrder' }]);
    expect(ruleProblems({ percentTo: 120, outcome: 'TITLE', title: 'x' })).toEqual([{ field: 'percentTo', problem: 'percentRange' }]);
    expect(ruleProblems({ format: 'INDIVIDUAL', teamSize: 3, outcome: 'TITLE', title: 'x' })).toEqual([
      { field: 'teamSize', problem: 'teamSizeIndividual' },
    ]);
  });

  it('wants exactly one of level and levelSteps for a skill level, a title for the others', () => {
    expect(ruleProblems({ outcome: 'SKILL_LEVEL' })).toEqual([{ field: 'level', problem: 'levelOrSteps' }]);
    expect(ruleProblems({ outcome: 'SKILL_LEVEL', level: 'SENIOR', levelSteps: 1 })).toEqual([{ field: 'level', problem: 'levelOrSteps' }]);
    expect(ruleProblems({ outcome: 'TITLE', title: ' ' })).toEqual([{ field: 'title', problem: 'titleMissing' }]);
  });
});

describe('inputs', () => {
  it('sends only what the outcome uses, without blanks', () => {
    expect(toRuleInput({ outcome: 'TITLE', title: ' 技术能手 ', level: 'SENIOR', awards: [], rankFrom: null, requirePassedModules: false })).toEqual({
      outcome: 'TITLE',
      title: '技术能手',
    });
    expect(toRuleInput({ outcome: 'SKILL_LEVEL', level: 'SENIOR', title: '', awards: ['金牌', ' '], requirePassedModules: true })).toEqual({
      outcome: 'SKILL_LEVEL',
      level: 'SENIOR',
      awards: ['金牌'],
      requirePassedModules: true,
    });
  });

  it('copies a template as the input of a new policy', () => {
    const template = {
      name: '国家级一类竞赛',
      source: '人社部',
      appliesTo: ['NATIONAL_CLASS_I'],
      oncePerYear: true,
      rules: [{ rankFrom: 1, rankTo: 5, outcome: 'SKILL_LEVEL', level: 'SENIOR_TECHNICIAN', title: null, awards: null }],
    };
    expect(policyToInput(template, '国家级一类竞赛（副本）')).toEqual({
      name: '国家级一类竞赛（副本）',
      source: '人社部',
      appliesTo: ['NATIONAL_CLASS_I'],
      oncePerYear: true,
      rules: [{ rankFrom: 1, rankTo: 5, outcome: 'SKILL_LEVEL', level: 'SENIOR_TECHNICIAN' }],
    });
  });
});
