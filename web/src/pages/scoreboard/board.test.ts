import { describe, expect, it } from 'vitest';
import { awardsProvisional, carriesOver, movements, newerBoard, sightOf, type Board, type BoardEntry } from './board';

function entry(id: string, rank: number | null, total: number | null = rank === null ? null : 100 - rank): BoardEntry {
  return {
    rank,
    total,
    roundTotal: total,
    complete: true,
    advanced: false,
    award: null,
    modules: [{ module: 'P', score: total, passed: null }],
    registration: { id, bib: id },
  };
}

function board(overrides: Partial<Board> & { visibility?: string; status?: string } = {}): Board {
  const { visibility = 'LIVE', status = 'RUNNING', ...rest } = overrides;
  return {
    round: 'F',
    version: 1,
    frozen: false,
    event: { competition: { status, resultsVisibility: visibility } },
    entries: [entry('a', 1), entry('b', 2)],
    ...rest,
  };
}

describe('sightOf', () => {
  it('shows live standings while results are LIVE', () => {
    expect(sightOf(board())).toBe('live');
  });

  it('shows the kept standings with a 成绩已冻结 banner when the board is frozen', () => {
    expect(sightOf(board({ frozen: true, visibility: 'FROZEN' }))).toBe('frozen');
  });

  it('shows 成绩暂不公开 when results are HIDDEN and the board carries no totals', () => {
    const hidden = board({ visibility: 'HIDDEN', entries: [entry('a', null), entry('b', null)] });
    expect(sightOf(hidden)).toBe('hidden');
  });

  it('tells the panel that what it sees live is hidden or frozen for everyone else', () => {
    expect(sightOf(board({ visibility: 'HIDDEN' }))).toBe('live-hidden-outside');
    expect(sightOf(board({ visibility: 'FROZEN' }))).toBe('live-frozen-outside');
  });

  it('shows everything once the results are published, whatever the visibility', () => {
    expect(sightOf(board({ visibility: 'HIDDEN', status: 'PUBLISHED', entries: [entry('a', 1)] }))).toBe('live');
    expect(sightOf(board({ visibility: 'FROZEN', status: 'FINAL' }))).toBe('live');
  });
});

describe('newerBoard', () => {
  it('takes a newer version and keeps the current one over an older', () => {
    const v1 = board({ version: 1 });
    const v2 = board({ version: 2 });
    expect(newerBoard(v1, v2)).toBe(v2);
    expect(newerBoard(v2, v1)).toBe(v2);
    expect(newerBoard(undefined, v1)).toBe(v1);
    expect(newerBoard(v1, undefined)).toBe(v1);
  });

  it('takes a change between frozen and live as it comes, though frozen versions are lower', () => {
    const live = board({ version: 9 });
    const frozen = board({ version: 7, frozen: true, visibility: 'FROZEN' });
    expect(newerBoard(live, frozen)).toBe(frozen);
    expect(newerBoard(frozen, board({ version: 8 }))).toEqual(board({ version: 8 }));
  });
});

describe('movements', () => {
  it('marks who went up, who went down, who is newly ranked', () => {
    const before = [entry('a', 1), entry('b', 2), entry('c', null)];
    const after = [entry('b', 1), entry('a', 2), entry('c', 3), entry('d', 4)];
    expect(Object.fromEntries(movements(before, after))).toEqual({ b: 'up', a: 'down', c: 'new', d: 'new' });
  });

  it('marks nothing on the first board', () => {
    expect(Object.fromEntries(movements(undefined, [entry('a', 1)]))).toEqual({ a: 'same' });
  });
});

describe('carriesOver', () => {
  it('is true when a ranking total includes earlier rounds', () => {
    expect(carriesOver([entry('a', 1)])).toBe(false);
    expect(carriesOver([{ ...entry('a', 1), total: 180, roundTotal: 90 }])).toBe(true);
  });
});

describe('awardsProvisional', () => {
  const gold = (id: string, complete: boolean): BoardEntry => ({ ...entry(id, 1), award: '金牌', complete });

  it('is true on a live board while any entry of the round is not complete', () => {
    expect(awardsProvisional(board({ entries: [gold('a', true), { ...entry('b', 2), complete: false }] }))).toBe(true);
  });

  it('is false once every entry is complete', () => {
    expect(awardsProvisional(board({ entries: [gold('a', true), entry('b', 2)] }))).toBe(false);
  });

  it('holds for the panel’s live board too, while outsiders see it frozen or hidden', () => {
    const entries = [gold('a', true), { ...entry('b', 2), complete: false }];
    expect(awardsProvisional(board({ visibility: 'FROZEN', entries }))).toBe(true);
    expect(awardsProvisional(board({ visibility: 'HIDDEN', entries }))).toBe(true);
  });

  it('leaves frozen and hidden boards as they were, and published results as they are', () => {
    const entries = [gold('a', true), { ...entry('b', 2), complete: false }];
    expect(awardsProvisional(board({ frozen: true, visibility: 'FROZEN', entries }))).toBe(false);
    expect(awardsProvisional(board({ visibility: 'HIDDEN', entries: [{ ...entry('a', null), complete: false }] }))).toBe(false);
    expect(awardsProvisional(board({ status: 'PUBLISHED', entries }))).toBe(false);
  });
});
