import { describe, expect, it } from 'vitest';
import { activeJudges, aspectLabel, aspectOptions, aspectsAsOneField, schemeAspects, splitJudgeRefusals } from './panelModel';

const rounds = [
  {
    code: 'F',
    name: '决赛',
    sequence: 2,
    modules: [{ code: 'P', name: '实操', aspects: [{ code: 'P1', name: '外观' }, { code: 'P3', name: '安全' }] }],
  },
  {
    code: 'Q',
    name: '预赛',
    sequence: 1,
    modules: [
      { code: 'T', name: '理论', aspects: [{ code: 'T1', name: '试卷' }] },
      { code: 'P', name: '实操', aspects: [{ code: 'P1', name: '外观' }] },
    ],
  },
];

describe('the panel model', () => {
  it('lists each aspect code once, where it first appears in round order: a judge is given a code in every round', () => {
    expect(schemeAspects(rounds).map((a) => `${a.round}/${a.module}/${a.code}`)).toEqual(['预赛/理论/T1', '预赛/实操/P1', '决赛/实操/P3']);
    expect(aspectOptions(schemeAspects(rounds)).map((g) => [g.label, g.options.map((o) => o.label)])).toEqual([
      ['预赛 · 理论', ['T1 试卷']],
      ['预赛 · 实操', ['P1 外观']],
      ['决赛 · 实操', ['P3 安全']],
    ]);
  });

  it('names an aspect by code and name, and a code the scheme no longer has as it is', () => {
    const aspects = schemeAspects(rounds);
    expect(aspectLabel('P3', aspects)).toBe('P3 安全');
    expect(aspectLabel('X9', aspects)).toBe('X9');
  });

  it('puts a refusal of one code of an aspect list under the list’s select', () => {
    const errors = aspectsAsOneField([
      { field: ['judges', '1', 'aspects', '2'], message: 'a', problem: 'a' },
      { field: ['aspects', '0'], message: 'b', problem: 'b' },
      { field: ['judges', '0', 'username'], message: 'c', problem: 'c' },
    ]);
    expect(errors.map((e) => e.field)).toEqual([['judges', '1', 'aspects'], ['aspects'], ['judges', '0', 'username']]);
  });

  it('says a refusal about the judge itself without the field, and leaves the rest for the form', () => {
    const { aboutJudge, rest } = splitJudgeRefusals(
      [
        { field: ['id'], message: '编号：评分已结束', problem: '评分已结束' },
        { field: ['judge', 'username'], message: '裁判 登录名：没有账号', problem: '没有账号' },
      ],
      'id',
    );
    expect(aboutJudge).toEqual(['评分已结束']);
    expect(rest.map((e) => e.field)).toEqual([['judge', 'username']]);
  });
});

describe('the panel', () => {
  it('counts the judges still on it, not those replaced', () => {
    const panel = [
      { name: '赵敏', active: false },
      { name: '张伟', active: true },
      { name: '王建国', active: true },
    ];
    expect(activeJudges(panel).map((judge) => judge.name)).toEqual(['张伟', '王建国']);
  });
});
