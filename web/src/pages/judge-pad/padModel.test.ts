import { describe, expect, it } from 'vitest';
import { slotKey } from './markQueue';
import {
  acceptedMarks,
  difficultyProblem,
  entersForOthers,
  judgesByAttempt,
  markableRegistrations,
  marksAspect,
  marksBySlot,
  markingJudges,
  ownPlace,
  paperEntryOutcome,
  pendingBySlot,
  progressOf,
  progressState,
  replacedPlace,
  roundForJudge,
  sameAffiliation,
  slotState,
  takingPart,
  typesPaperEntries,
  type PadJudge,
  type PadMark,
  type PadRound,
} from './padModel';

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
        { code: 'P1', name: '外观', kind: 'JUDGEMENT', maxMark: 10, judges: 2, attempts: 1, difficulty: false },
        { code: 'P2', name: '尺寸', kind: 'MEASUREMENT', maxMark: 20, judges: 1, attempts: 2, difficulty: false },
      ],
    },
  ],
};

const mark = (aspect: string, attempt = 1, judge = 'J1', roundCode = 'F'): PadMark => ({
  aspect,
  attempt,
  round: roundCode,
  value: 5,
  judge: { id: judge },
  registration: { id: 'R1' },
});

describe('the judge pad model', () => {
  it('compares affiliations as the API does: trimmed, any case, blank never', () => {
    expect(sameAffiliation(' 鉴定中心 ', '鉴定中心')).toBe(true);
    expect(sameAffiliation('CRRC', 'crrc')).toBe(true);
    expect(sameAffiliation('', '')).toBe(false);
    expect(sameAffiliation(null, '鉴定中心')).toBe(false);
  });

  it('offers for marking only the competitors taking part: pending or confirmed, not withdrawn or disqualified', () => {
    const regs = [registration('R1', '1', 'A'), registration('R2', '2', 'B', 'PENDING'), registration('R3', '3', 'C', 'WITHDRAWN'), registration('R4', '4', 'D', 'DISQUALIFIED')];
    expect(takingPart(regs).map((r) => r.bib)).toEqual(['1', '2']);
    expect(markableRegistrations(regs, judges[0], 'FLAG').map((r) => r.bib)).toEqual(['1', '2']);
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

  it('offers a replaced place to nobody: not as the caller’s own, not to enter for, not among the marking judges', () => {
    const panel: PadJudge[] = [{ ...judges[0], active: false, replacedBy: { name: '李娜' } }, { ...judges[1], active: false, replacedBy: { name: '钱进' } }, judges[2]];
    expect(ownPlace(panel, 'judge')).toBeUndefined();
    expect(replacedPlace(panel, 'judge')?.replacedBy?.name).toBe('李娜');
    expect(replacedPlace(judges, 'judge')).toBeUndefined();
    expect(entersForOthers(panel, 'chief-judge', ['chief-judge'])).toBe(false); // a replaced chief judge enters no sheets either
    expect(markingJudges(panel)).toEqual([]);
    expect(markingJudges(judges).map((j) => j.id)).toEqual(['J1', 'J2']);
  });

  it('gives a judge with aspects only those, module by module; a judge with none every aspect', () => {
    expect(marksAspect({ aspects: ['P2'] }, 'P1')).toBe(false);
    expect(marksAspect({ aspects: [] }, 'P1')).toBe(true);
    expect(roundForJudge(round, { aspects: [] })).toBe(round);
    const mine = roundForJudge(round, { aspects: ['P2'] });
    expect(mine.modules.map((m) => m.aspects.map((a) => a.code))).toEqual([['P2']]);
    expect(roundForJudge(round, { aspects: ['T9'] }).modules).toEqual([]); // none of this round's
    // counted on P2's two attempts only
    expect(progressOf(mine, 'R1', 'J1', judgesByAttempt(new Map(), new Map()))).toEqual({ done: 0, expected: 2, missing: 2 });
  });

  it('expects one mark per attempt of every aspect: a competitor without marks is 0 of 3, not 0 of 0', () => {
    const none = progressOf(round, 'R1', 'J1', judgesByAttempt(new Map(), new Map()));
    expect(none).toEqual({ done: 0, expected: 3, missing: 3 }); // P1 once, P2 twice
    expect(progressState(none)).toBe('incomplete');
  });

  it('counts 3 of 5 marked, and is complete only when all 5 are in', () => {
    const five: PadRound = {
      ...round,
      modules: [{ code: 'P', name: '实操', aspects: [{ code: 'D', name: '跳水', kind: 'JUDGEMENT', maxMark: 10, judges: 3, attempts: 5, difficulty: true }] }],
    };
    const three = marksBySlot([mark('D', 1, 'J1', 'F'), mark('D', 2, 'J1', 'F'), mark('D', 3, 'J1', 'F')]);
    const progress = progressOf(five, 'R1', 'J1', judgesByAttempt(three, new Map()));
    expect(progress).toEqual({ done: 3, expected: 5, missing: 2 });
    expect(progressState(progress)).toBe('incomplete');

    const all = marksBySlot([1, 2, 3, 4, 5].map((n) => mark('D', n, 'J1', 'F')));
    expect(progressState(progressOf(five, 'R1', 'J1', judgesByAttempt(all, new Map())))).toBe('complete');
  });

  it('counts only this judge’s marks, and leaves out an attempt other judges have already given all its marks', () => {
    // P2 takes one mark per attempt: J2 measured attempt 1, so J1 is expected to give P1 and P2's attempt 2
    const saved = marksBySlot([mark('P1', 1, 'J2'), mark('P2', 1, 'J2')]);
    expect(progressOf(round, 'R1', 'J1', judgesByAttempt(saved, new Map()))).toEqual({ done: 0, expected: 2, missing: 2 });

    const mine = marksBySlot([mark('P1', 1, 'J2'), mark('P2', 1, 'J2'), mark('P1', 1, 'J1'), mark('P2', 2, 'J1')]);
    expect(progressOf(round, 'R1', 'J1', judgesByAttempt(mine, new Map()))).toEqual({ done: 2, expected: 2, missing: 0 });
  });

  it('is not complete when nothing is expected (a round without aspects)', () => {
    const empty: PadRound = { ...round, modules: [] };
    const progress = progressOf(empty, 'R1', 'J1', new Map());
    expect(progress.expected).toBe(0);
    expect(progressState(progress)).toBe('nothing');
  });

  it('checks a difficulty as submitMarks does: required, above 0, at most 4 decimals', () => {
    expect(difficultyProblem(null)).toBe('difficultyMissing');
    expect(difficultyProblem(0)).toBe('difficultyNotPositive');
    expect(difficultyProblem(-1.2)).toBe('difficultyNotPositive');
    expect(difficultyProblem(2.12345)).toBe('difficultyDecimals');
    expect(difficultyProblem(3.2)).toBeNull();
    expect(difficultyProblem(2.1234)).toBeNull();
  });

  it('counts queued marks as filled and shows a slot as saved, waiting or refused', () => {
    const queued = pendingBySlot([
      { key: 'k1', eventId: 'E', queuedAt: '', tries: 0, marks: [{ registrationId: 'R1', round: 'F', aspect: 'P1', attempt: 1, value: 7, judgeId: 'J1' }] },
      { key: 'k2', eventId: 'E', queuedAt: '', tries: 0, marks: [{ registrationId: 'R1', round: 'F', aspect: 'P1', attempt: 1, value: 7.5, judgeId: 'J1' }] },
    ]);
    const key = slotKey({ registrationId: 'R1', round: 'F', aspect: 'P1', attempt: 1, judgeId: 'J1' });
    expect(queued.get(key)?.value).toBe(7.5); // the later batch wins, as on the server
    const progress = progressOf(round, 'R1', 'J1', judgesByAttempt(new Map(), queued));
    expect(progress).toEqual({ done: 1, expected: 3, missing: 2 });
    expect(slotState(key, new Map(), queued, new Map())).toBe('pending');
    expect(slotState(key, new Map(), new Map(), new Map())).toBe('missing');
  });

  it('takes a scorekeeper’s entries for a judge in a double-entry event as paper entries, a chief judge’s or organizer’s not', () => {
    expect(typesPaperEntries(true, judges, 'scorekeeper', ['scorekeeper'])).toBe(true);
    expect(typesPaperEntries(false, judges, 'scorekeeper', ['scorekeeper'])).toBe(false);
    expect(typesPaperEntries(true, judges, 'chief-judge', ['judge'])).toBe(false);
    expect(typesPaperEntries(true, judges, 'judge', ['judge'])).toBe(false); // a judge enters nobody else's marks
    expect(typesPaperEntries(true, judges, 'scorekeeper', ['scorekeeper', 'organizer'])).toBe(false);
    // a chief judge replaced settles no more: the scorekeeper place's entries wait for a second one
    const both = [...judges, { id: 'J4', name: '刘芳', role: 'CHIEF_JUDGE', username: 'scorekeeper', affiliation: null, active: false }];
    expect(typesPaperEntries(true, both, 'scorekeeper', ['scorekeeper'])).toBe(true);
  });

  it('knows which marks of an answered batch the API accepted', () => {
    const marks = [1, 2, 3].map((value) => ({ registrationId: 'R1', round: 'F', aspect: 'P1', attempt: value, value, judgeId: 'J1' }));
    expect(acceptedMarks(marks, { accepted: 3, userErrors: [] })).toEqual(marks);
    expect(acceptedMarks(marks, { accepted: 2, userErrors: [{ code: 'INVALID', field: ['marks', '1', 'value'], message: '' }] })).toEqual([marks[0], marks[2]]);
    expect(acceptedMarks(marks, { accepted: 0, userErrors: [{ code: 'FORBIDDEN', field: ['eventId'], message: '' }] })).toEqual([]);
  });

  it('tells which paper entries count, which wait for a second scorekeeper and which are in dispute', () => {
    const typed = (aspect: string, attempt: number, value: number, registrationId = 'R1') => ({ registrationId, round: 'F', aspect, attempt, value, difficulty: null, judgeId: 'J1' });
    const discrepancy = (registrationId: string, aspect: string, attempt: number) => ({
      aspect,
      attempt,
      judge: { id: 'J1', name: '张伟' },
      registration: { id: registrationId, bib: registrationId, competitor: { name: registrationId } },
      entries: [
        { value: 7, enteredBy: 'scorekeeper', enteredAt: '2026-05-10T10:09:00+08:00' },
        { value: 7.5, enteredBy: 'scorekeeper2', enteredAt: '2026-05-10T10:03:00+08:00' },
      ],
    });
    const outcome = paperEntryOutcome(
      'F',
      'R1',
      [typed('P1', 1, 8), typed('P2', 1, 17), typed('P2', 2, 18), typed('P1', 1, 7, 'R2'), typed('P3', 1, 4), { ...typed('P3', 1, 5), round: 'S' }],
      [
        { aspect: 'P1', attempt: 1, value: 8, difficulty: null, judge: { id: 'J1' } }, // confirmed by a second scorekeeper
        { aspect: 'P2', attempt: 2, value: 19, difficulty: null, judge: { id: 'J1' } }, // counted before: 18 waits to replace it
      ],
      [discrepancy('R1', 'P3', 1), discrepancy('R2', 'P1', 1)],
    );
    expect(outcome.waiting).toEqual([
      { ...typed('P2', 1, 17), counted: null },
      { ...typed('P2', 2, 18), counted: 19 },
    ]);
    expect(outcome.discrepancies).toEqual([discrepancy('R1', 'P3', 1)]);
  });
});
