import { describe, expect, it } from 'vitest';
import { apiEnum } from '../../i18n/rawEnumCodes';
import { auditActionColors, checksSpread, defaultRound, leadsPanel, markValues, schemeNames, shortHash, valueChange, type ConsoleRound } from './consoleModel';

const round = (code: string, sequence: number, modules: string[], locked: string[]): ConsoleRound => ({
  code,
  name: code,
  sequence,
  modules: modules.map((m) => ({ code: m, name: `模块${m}`, aspects: [{ code: `${m}1`, name: `评分项${m}1`, maxSpread: m === 'P' ? 1.5 : null }] })),
  locks: locked.map((module) => ({ module, lockedBy: 'chief-judge', lockedAt: '2026-05-10T10:00:00+08:00' })),
});

describe('the console’s model', () => {
  it('opens on the first round, in order, with a module still open; on the last when all are locked', () => {
    const heat = round('H', 1, ['T'], ['T']);
    const final = round('F', 2, ['T', 'P'], ['T']);
    expect(defaultRound([final, heat])?.code).toBe('F');
    expect(defaultRound([round('F', 2, ['T'], []), round('H', 1, ['T'], [])])?.code).toBe('H');
    expect(defaultRound([round('F', 2, ['T'], ['T']), heat])?.code).toBe('F');
    expect(defaultRound([])).toBeUndefined();
  });

  it('knows the panel’s chief judge: on the panel, not replaced', () => {
    const judges = [
      { role: 'JUDGE', username: 'judge', active: true },
      { role: 'CHIEF_JUDGE', username: 'chief-judge', active: true },
      { role: 'CHIEF_JUDGE', username: 'old-chief', active: false },
      { role: 'CHIEF_JUDGE', username: null, active: true },
    ];
    expect(leadsPanel(judges, 'chief-judge')).toBe(true);
    expect(leadsPanel(judges, 'old-chief')).toBe(false);
    expect(leadsPanel(judges, 'judge')).toBe(false);
    expect(leadsPanel(judges, '')).toBe(false);
  });

  it('names rounds, modules and aspects by code, a code the scheme lacks as it is', () => {
    const names = schemeNames([round('F', 1, ['T', 'P'], [])]);
    expect([names.round('F'), names.module('F', 'P'), names.aspect('F', 'P1'), names.maxSpread('F', 'P1'), names.maxSpread('F', 'T1')]).toEqual(['F', '模块P', '评分项P1', 1.5, null]);
    expect([names.round('X'), names.module('F', 'X'), names.aspect('H', 'P1')]).toEqual(['X', 'X', 'P1']);
    expect(checksSpread(round('F', 1, ['T', 'P'], []))).toBe(true);
    expect(checksSpread(round('F', 1, ['T'], []))).toBe(false);
  });

  it('writes a change of a mark, an attempt’s marks and a hash as the tables show them', () => {
    expect(valueChange(7.5, 7)).toBe('7 → 7.5');
    expect(valueChange(8.25, null)).toBe('8.25');
    expect(valueChange(null, null)).toBe('—');
    expect(markValues([7, 9.5, 8])).toBe('7 / 9.5 / 8');
    expect(shortHash('0123456789abcdef'.repeat(4))).toBe('0123456789ab');
  });

  it('has a colour for every audit action', () => {
    expect(Object.keys(auditActionColors).sort()).toEqual(apiEnum('AuditAction').sort());
  });
});
