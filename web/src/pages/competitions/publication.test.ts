import { describe, expect, it } from 'vitest';
import { correctionChoices } from './appealCorrections';
import { appealsOpen, formatMinute, noticeLeft, noticeRuns } from './publication';

const endsAt = '2026-06-10T12:00:00+08:00';
const ends = Date.parse(endsAt);
const hour = 3_600_000;

describe('the notice period (公示期)', () => {
  it('runs until its end, not at it', () => {
    expect(noticeRuns({ noticeEndsAt: endsAt }, ends - 1)).toBe(true);
    expect(noticeRuns({ noticeEndsAt: endsAt }, ends)).toBe(false);
    expect(noticeRuns(null, ends - hour)).toBe(false);
    expect(noticeRuns({ noticeEndsAt: 'not a date' }, ends - hour)).toBe(false);
  });

  it('says what is left in days, hours and minutes, a started minute counting', () => {
    expect(noticeLeft(endsAt, ends - (2 * 24 * hour + 5 * hour + 30 * 60_000))).toEqual({ days: 2, hours: 5, minutes: 30 });
    expect(noticeLeft(endsAt, ends - 1_000)).toEqual({ days: 0, hours: 0, minutes: 1 });
    expect(noticeLeft(endsAt, ends - 3 * 24 * hour)).toEqual({ days: 3, hours: 0, minutes: 0 });
    expect(noticeLeft(endsAt, ends)).toBeNull();
  });

  it('takes appeals only while the results are published and the period runs', () => {
    const publication = { noticeEndsAt: endsAt };
    expect(appealsOpen({ status: 'PUBLISHED', publication }, ends - hour)).toBe(true);
    expect(appealsOpen({ status: 'PUBLISHED', publication }, ends + hour)).toBe(false);
    expect(appealsOpen({ status: 'FINAL', publication }, ends - hour)).toBe(false);
    expect(appealsOpen({ status: 'SCORING_CLOSED', publication: null }, ends - hour)).toBe(false);
  });

  it('writes an instant to the minute, and leaves what it cannot read as it came', () => {
    expect(formatMinute('2026-06-10T04:05:59Z')).toMatch(/^2026-06-10 \d\d:\d\d$/);
    expect(formatMinute(null)).toBe('');
    expect(formatMinute('soon')).toBe('soon');
  });
});

describe('what an appeal’s correction may name', () => {
  const event = {
    rounds: [
      { code: 'F', name: '决赛', sequence: 2, modules: [{ aspects: [{ code: 'P1', name: '焊缝外观', attempts: 3, maxMark: 10 }] }] },
      { code: 'H', name: '预赛', sequence: 1, modules: [{ aspects: [{ code: 'T1', name: '理论成绩', attempts: 1, maxMark: 100 }] }, { aspects: [{ code: 'T2', name: '口试', attempts: 1, maxMark: 20 }] }] },
    ],
    judges: [
      { id: 'J1', name: '张伟', role: 'JUDGE', active: false },
      { id: 'J2', name: '王建国', role: 'CHIEF_JUDGE', active: true },
      { id: 'J3', name: '刘芳', role: 'SCOREKEEPER', active: true },
    ],
  };

  it('offers the rounds in order, the chosen round’s aspects, the aspect’s attempts and the panel’s markers (replaced ones too)', () => {
    const none = correctionChoices(event, {});
    expect(none.rounds.map((r) => r.code)).toEqual(['H', 'F']);
    expect(none.aspects).toEqual([]);
    expect(none.attempts).toEqual([1]);
    expect(none.judges.map((j) => j.id)).toEqual(['J1', 'J2']);

    expect(correctionChoices(event, { round: 'H' }).aspects.map((a) => a.code)).toEqual(['T1', 'T2']);
    const final = correctionChoices(event, { round: 'F', aspect: 'P1' });
    expect(final.aspect?.maxMark).toBe(10);
    expect(final.attempts).toEqual([1, 2, 3]);
    // an aspect of another round is not the chosen round's
    expect(correctionChoices(event, { round: 'H', aspect: 'P1' }).aspect).toBeUndefined();
  });
});
