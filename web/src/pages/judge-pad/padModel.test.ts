import { describe, expect, it } from 'vitest';
import { slotKey } from './markQueue';
import { entersForOthers, markableRegistrations, marksBySlot, ownPlace, pendingBySlot, progressOf, sameAffiliation, slotState, type PadRound } from './padModel';

const judges = [
  { id: 'J1', name: '张伟', role: 'JUDGE', username: 'judge', affiliation: '鉴定中心' },
  { id: 'J2', name: '王建国', role: 'CHIEF_JUDGE', username: 'chief-judge', affiliation: null },
  { id: 'J3', name: '刘芳', role: 'SCOREKEEPER', username: 'scorekeeper', affiliation: null },
];

const registration = (id: string, bib: string, affiliation: string | null, status = 'APPROVED') => ({ id, bib, affiliation, status, team: null, competitor: { name: id } });

const round: PadRound = {
  code: 'F',
  name: '决赛',
  sequence: 1,
  modules: [
    {
      code: 'P',
      name: '实操',
      aspects: [
        { code: 'P1', name: '外观', kind: 'JUDGEMENT', maxMark: 10, judges: 2, attempts: 1 },
        { code: 'P2', name: '尺寸', kind: 'MEASUREMENT', maxMark: 20, judges: 1, attempts: 2 },
      ],
    },
  ],
};

describe('the judge pad model', () => {
  it('compares affiliations as the API does: trimmed, any case, blank never', () => {
    expect(sameAffiliation(' 鉴定中心 ', '鉴定中心')).toBe(true);
    expect(sameAffiliation('CRRC', 'crrc')).toBe(true);
    expect(sameAffiliation('', '')).toBe(false);
    expect(sameAffiliation(null, '鉴定中心')).toBe(false);
  });

  it('orders competitors by bib as numbers, leaves out the withdrawn, and recuses under BLOCK only', () => {
    const regs = [registration('R10', '10', 'A'), registration('R2', '2', '鉴定中心'), registration('R1', '1', 'B'), registration('R3', '3', 'C', 'WITHDRAWN')];
    expect(markableRegistrations(regs, judges[0], 'BLOCK').map((r) => r.bib)).toEqual(['1', '10']);
    const flagged = markableRegistrations(regs, judges[0], 'FLAG');
    expect(flagged.map((r) => [r.bib, r.conflict])).toEqual([
      ['1', false],
      ['2', true],
      ['10', false],
    ]);
  });

  it('finds the caller’s own marking place, and who may enter for others', () => {
    expect(ownPlace(judges, 'judge')?.id).toBe('J1');
    expect(ownPlace(judges, 'scorekeeper')).toBeUndefined(); // a scorekeeper gives no marks of their own
    expect(entersForOthers(judges, 'judge', ['judge'])).toBe(false);
    expect(entersForOthers(judges, 'chief-judge', ['chief-judge'])).toBe(true);
    expect(entersForOthers(judges, 'scorekeeper', ['scorekeeper'])).toBe(true);
    expect(entersForOthers(judges, 'organizer', ['organizer'])).toBe(true);
  });

  it('counts what is missing: every attempt all judges mark, and shared aspects only once filled', () => {
    const mark = (aspect: string, attempt = 1) => ({ aspect, attempt, round: 'F', value: 5, judge: { id: 'J1' }, registration: { id: 'R1' } });
    const none = progressOf(round, 'R1', 'J1', 2, new Map(), new Map());
    expect(none).toEqual({ done: 0, expected: 1, missing: 1 }); // P1 (2 of 2 judges); P2 is one judge's of two

    const saved = marksBySlot([mark('P1'), mark('P2', 2)]);
    expect(progressOf(round, 'R1', 'J1', 2, saved, new Map())).toEqual({ done: 2, expected: 2, missing: 0 });
  });

  it('counts queued marks as filled and shows a slot as saved, waiting or refused', () => {
    const queued = pendingBySlot([
      { key: 'k1', eventId: 'E', queuedAt: '', tries: 0, marks: [{ registrationId: 'R1', round: 'F', aspect: 'P1', attempt: 1, value: 7, judgeId: 'J1' }] },
      { key: 'k2', eventId: 'E', queuedAt: '', tries: 0, marks: [{ registrationId: 'R1', round: 'F', aspect: 'P1', attempt: 1, value: 7.5, judgeId: 'J1' }] },
    ]);
    const key = slotKey({ registrationId: 'R1', round: 'F', aspect: 'P1', attempt: 1, judgeId: 'J1' });
    expect(queued.get(key)?.value).toBe(7.5); // the later batch wins, as on the server
    expect(progressOf(round, 'R1', 'J1', 2, new Map(), queued).missing).toBe(0);
    expect(slotState(key, new Map(), queued, new Map())).toBe('pending');
    expect(slotState(key, new Map(), new Map(), new Map())).toBe('missing');
  });
});
