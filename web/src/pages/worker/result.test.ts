import { describe, expect, it } from 'vitest';
import { resultView } from './result';

const running = (resultsVisibility: string) => ({ status: 'RUNNING', resultsVisibility });
const standing = { rank: 2, total: 88.5, complete: true, advanced: false, award: '银牌' };

describe("the worker's result", () => {
  it('shows rank and total when results are live', () => {
    expect(resultView(standing, running('LIVE'))).toEqual({ kind: 'shown', frozen: false, standing });
  });

  it('says 成绩暂不公开 while results are hidden', () => {
    expect(resultView({ ...standing, rank: null, total: null }, running('HIDDEN'))).toEqual({ kind: 'hidden' });
  });

  it('shows the frozen result, marked as frozen', () => {
    expect(resultView(standing, running('FROZEN'))).toEqual({ kind: 'shown', frozen: true, standing });
  });

  it('shows everything once published', () => {
    expect(resultView(standing, { status: 'PUBLISHED', resultsVisibility: 'FROZEN' })).toEqual({ kind: 'shown', frozen: false, standing });
  });

  it('has nothing to show before the first mark', () => {
    expect(resultView(null, running('LIVE'))).toEqual({ kind: 'none' });
    expect(resultView({ rank: null, total: null, complete: false, advanced: false }, running('LIVE'))).toEqual({ kind: 'none' });
  });
});
