import { describe, expect, it } from 'vitest';
import { copyReplacesModules, copyRoundToNext, freshRoundCode, nextRoundName } from './copyRound';
import { expandPreset, toCreateEventInput, wizardProblems, type WizardRound } from './presets';

/** 六比一创 quarters: one scheme of indicators, marked each quarter. */
function quarter(code: string, name: string, indicators: string[]): WizardRound {
  const aspects = expandPreset('blank').rounds[0].modules[0].aspects[0];
  return {
    code,
    name,
    advancingCount: null,
    rankingIncludes: [],
    modules: [{ code: 'ZB', name: '考核指标', weightPercent: 100, passMark: null, aspects: indicators.map((n, i) => ({ ...aspects, code: `ZB${i + 1}`, name: n, maxMark: 25 })) }],
  };
}

describe('copying a round to the next', () => {
  it('adds the next round, a copy of the modules and aspects under a fresh code and name', () => {
    const rounds = [quarter('Q1', '第一季度', ['比质量', '比安全', '比进度', '比创新'])];

    const copied = copyRoundToNext(rounds, 0, { code: freshRoundCode(rounds, 'Q1'), name: '第二季度' });

    expect(copied.map((r) => [r.code, r.name])).toEqual([
      ['Q1', '第一季度'],
      ['Q2', '第二季度'],
    ]);
    expect(copied[1].modules).toEqual(rounds[0].modules);
    expect(copied[1]).toMatchObject({ advancingCount: null, rankingIncludes: [] });
    // a copy, not the same objects: editing the second quarter leaves the first as it was
    copied[1].modules[0].aspects[0].name = '比工期';
    expect(rounds[0].modules[0].aspects[0].name).toBe('比质量');
    // codes stay: they are unique within a round, and the event as a whole is one the API accepts
    const values = { ...expandPreset('blank', '重点工程劳动竞赛'), rounds: copied };
    expect(wizardProblems(values)).toEqual([]);
    expect(toCreateEventInput(values, 'c').rounds[1].modules[0].aspects.map((a) => a.code)).toEqual(['ZB1', 'ZB2', 'ZB3', 'ZB4']);
  });

  it("replaces the next round's modules and keeps its code, name, advancing count and carried-over rounds", () => {
    const rounds = [quarter('P', '预赛', ['尺寸精度', '表面质量']), { ...quarter('F', '决赛', ['旧评分项']), advancingCount: 3, rankingIncludes: ['P'] }, quarter('X', '加赛', ['加赛项'])];
    expect(copyReplacesModules(rounds, 0)).toBe(true);

    const copied = copyRoundToNext(rounds, 0, { code: 'unused', name: 'unused' });

    expect(copied).toHaveLength(3);
    expect(copied[1]).toMatchObject({ code: 'F', name: '决赛', advancingCount: 3, rankingIncludes: ['P'] });
    expect(copied[1].modules[0].aspects.map((a) => a.name)).toEqual(['尺寸精度', '表面质量']);
    expect(copied[2]).toBe(rounds[2]);
    expect(copyReplacesModules(copied, 2)).toBe(false);
  });

  it('finds a round code not taken yet', () => {
    const rounds = [{ code: 'Q1' }, { code: 'Q2' }, { code: 'F' }];
    expect(freshRoundCode(rounds, 'Q1')).toBe('Q3');
    expect(freshRoundCode(rounds, 'Q2')).toBe('Q3');
    expect(freshRoundCode([{ code: 'R9' }], 'R9')).toBe('R10');
    expect(freshRoundCode(rounds, 'F')).toBe('R4');
    expect(freshRoundCode([{ code: 'F' }, { code: 'R2' }], 'F')).toBe('R3');
  });

  it('numbers the next round by its trailing number, else by the fallback', () => {
    expect(nextRoundName('阶段1', '轮次 2')).toBe('阶段2');
    expect(nextRoundName('Quarter 3', 'Round 2')).toBe('Quarter 4');
    expect(nextRoundName('第一季度', '轮次 2')).toBe('轮次 2');
    expect(nextRoundName('', '轮次 2')).toBe('轮次 2');
  });
});
