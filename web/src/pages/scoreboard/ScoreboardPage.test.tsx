import { act, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { ErrorsAnswer, fakeApi, renderAt } from '../../test/fakeApi';
import { ScoreboardPage } from './ScoreboardPage';

const competition = (resultsVisibility = 'LIVE') => ({ id: 'Competition:1', name: '全市职工职业技能大赛', status: 'RUNNING', resultsVisibility });

function entry(id: string, bib: string, name: string, rank: number | null, total: number | null, complete = true, award: string | null = rank === 1 ? '一等奖' : null) {
  return {
    rank,
    total,
    roundTotal: total,
    complete,
    advanced: false,
    award,
    modules: [{ module: 'P', score: total, passed: total === null ? null : true }],
    registration: { id, bib, team: null, affiliation: '城东机械厂', competitor: { id: `Person:${id}`, name } },
  };
}

function board(version: number, entries: ReturnType<typeof entry>[], visibility = 'LIVE', frozen = false) {
  return { round: 'F', version, frozen, event: { id: 'Event:1', competition: competition(visibility) }, entries };
}

function scoreboardApi(first: ReturnType<typeof board>) {
  return fakeApi((name) => {
    switch (name) {
      case 'ScoreboardVisibility':
        return { event: { id: 'Event:1', competition: first.event.competition } };
      case 'Scoreboard':
        return {
          event: {
            id: 'Event:1',
            name: '焊工',
            scoreDecimals: 2,
            format: 'INDIVIDUAL',
            competition: first.event.competition,
            rounds: [{ code: 'F', name: '决赛', sequence: 1, advancingCount: null, modules: [{ code: 'P', name: '技能操作考核', weight: 1, passMark: null }] }],
            leaderboard: first,
          },
        };
      default:
        throw new Error(`unexpected ${name}`);
    }
  });
}

const show = (api: ReturnType<typeof scoreboardApi>) =>
  render(renderAt(api.client, '/scoreboard/Event%3A1', '/scoreboard/:eventId/:round?', <ScoreboardPage />, { username: 'viewer', roles: ['viewer'], loading: false }));

const row = (name: string) => screen.getByText(name).closest('tr')!;
const total = (name: string) => row(name).querySelector('.biwu-scoreboard__total')!.textContent;
const push = async (api: ReturnType<typeof scoreboardApi>, next: ReturnType<typeof board>) =>
  act(async () => {
    api.subscriptions.get('ScoreboardChanged')!.next({ leaderboardChanged: next });
  });

describe('ScoreboardPage', { timeout: 60_000 }, () => {
  it('shows the standings, then the new ranks the subscription brings, without reloading', async () => {
    const api = scoreboardApi(board(1, [entry('R1', '1', '赵磊', 1, 85.5), entry('R2', '2', '钱芳', 2, 80)]));
    show(api);

    expect(await screen.findByText('赵磊')).toBeDefined();
    expect(total('赵磊')).toBe('85.50');
    expect(within(row('赵磊')).getByText('一等奖')).toBeDefined();

    await act(async () => {
      api.subscriptions.get('ScoreboardChanged')!.next({
        leaderboardChanged: board(2, [entry('R2', '2', '钱芳', 1, 91.25), entry('R1', '1', '赵磊', 2, 85.5)]),
      });
    });

    // the new board reaches the screen through urql's subscription exchange: wait for it, not for a tick
    await waitFor(() => expect(row('钱芳').querySelector('.biwu-scoreboard__rank')!.textContent).toBe('1'));
    expect(row('赵磊').querySelector('.biwu-scoreboard__rank')!.textContent).toBe('2');
    expect(total('钱芳')).toBe('91.25');
    expect(within(row('钱芳')).getByLabelText('名次上升')).toBeDefined();
    expect(within(row('赵磊')).getByLabelText('名次下降')).toBeDefined();
  });

  it('ignores an older board that arrives late', async () => {
    const api = scoreboardApi(board(5, [entry('R1', '1', '赵磊', 1, 85.5)]));
    show(api);
    await screen.findByText('赵磊');

    await act(async () => {
      api.subscriptions.get('ScoreboardChanged')!.next({ leaderboardChanged: board(4, [entry('R1', '1', '赵磊', 1, 70)]) });
    });

    expect(total('赵磊')).toBe('85.50');
  });

  it('says 成绩已冻结 over a frozen board', async () => {
    show(scoreboardApi(board(3, [entry('R1', '1', '赵磊', 1, 85.5)], 'FROZEN', true)));
    expect(await screen.findByText('成绩已冻结')).toBeDefined();
    expect(total('赵磊')).toBe('85.50');
  });

  it('says 成绩暂不公开 and shows no totals or ranks while results are hidden', async () => {
    show(scoreboardApi(board(3, [entry('R1', '1', '赵磊', null, null, true), entry('R2', '2', '钱芳', null, null, false)], 'HIDDEN')));
    expect(await screen.findByText('成绩暂不公开')).toBeDefined();
    expect(screen.queryByText('总分')).toBeNull();
    expect(screen.queryByText('名次')).toBeNull();
    expect(within(row('赵磊')).getByText('已完成')).toBeDefined();
    expect(within(row('钱芳')).getByText('评分中')).toBeDefined();
  });

  it('shows awards as provisional, quieter and saying why, while an entry of the round is not complete; as they are once all are', async () => {
    const api = scoreboardApi(board(1, [entry('R1', '1', '赵磊', 1, 85.5, true, '金牌'), entry('R2', '2', '钱芳', 2, 80, false, '银牌')]));
    show(api);

    const gold = await within(await waitFor(() => row('赵磊'))).findByText('金牌（暂定）');
    expect(gold.closest('.biwu-scoreboard__award--provisional')).not.toBeNull();
    expect(gold.closest('.ant-tag-gold')).toBeNull(); // no award colour while provisional
    expect(within(row('钱芳')).getByText('银牌（暂定）')).toBeDefined();
    expect(screen.getByText('奖项为暂定：本轮还有 1 名选手未评完，全部评完后奖项才确定。')).toBeDefined();

    await push(api, board(2, [entry('R1', '1', '赵磊', 1, 85.5, true, '金牌'), entry('R2', '2', '钱芳', 2, 82, true, '银牌')]));

    const settled = await within(row('赵磊')).findByText('金牌');
    expect(settled.closest('.ant-tag-gold')).not.toBeNull();
    expect(settled.closest('.biwu-scoreboard__award--provisional')).toBeNull();
    expect(screen.queryByText(/（暂定）/)).toBeNull();
    expect(screen.queryByText(/奖项为暂定/)).toBeNull();
  });

  it('shows a frozen board’s awards as they were kept, even with entries not complete', async () => {
    show(scoreboardApi(board(3, [entry('R1', '1', '赵磊', 1, 85.5, true, '金牌'), entry('R2', '2', '钱芳', 2, 80, false)], 'FROZEN', true)));
    expect(await screen.findByText('成绩已冻结')).toBeDefined();
    expect(within(row('赵磊')).getByText('金牌')).toBeDefined();
    expect(screen.queryByText(/暂定/)).toBeNull();
  });

  it('says provisional in English too', async () => {
    await i18n.changeLanguage('en');
    show(scoreboardApi(board(1, [entry('R1', '1', '赵磊', 1, 85.5, true, 'Gold'), entry('R2', '2', '钱芳', 2, 80, false), entry('R3', '3', '孙强', 3, 70, false)])));
    expect(await screen.findByText('Gold (provisional)')).toBeDefined();
    expect(screen.getByText('Awards are provisional: 2 competitors of this round are not fully marked yet; awards are settled once all are.')).toBeDefined();
  });

  it('marks a newly ranked entry as a movement beside its rank, not as an award', async () => {
    const api = scoreboardApi(board(1, [entry('R1', '1', '赵磊', 1, 85.5), entry('R2', '2', '钱芳', null, null, false)]));
    show(api);
    await screen.findByText('赵磊');

    await push(api, board(2, [entry('R1', '1', '赵磊', 1, 85.5), entry('R2', '2', '钱芳', 2, 80)]));

    const marker = await within(await waitFor(() => row('钱芳'))).findByRole('img', { name: '新进入排名' });
    expect(marker.closest('td')!.querySelector('.biwu-scoreboard__rank')).not.toBeNull(); // beside the rank
    expect(marker.closest('.ant-tag')).toBeNull();
    expect(marker.querySelector('[aria-label=star]')).toBeNull();
    expect(marker.className).not.toMatch(/award/);
    expect(row('钱芳').querySelector('.biwu-scoreboard__award')).toBeNull(); // and 钱芳 has no award
    expect(within(row('赵磊')).getByText('一等奖').closest('.biwu-scoreboard__award')).not.toBeNull();
  });

  it('says which round is missing when the service refuses the round, and not for any other failure', async () => {
    const refused = (refusal: unknown) =>
      fakeApi((name) =>
        name === 'Scoreboard'
          ? new ErrorsAnswer([{ message: 'round: the event has no round “semi”', path: ['event', 'leaderboard'], extensions: { refusal } }])
          : { event: null },
      );
    const at = (api: ReturnType<typeof fakeApi>) =>
      render(renderAt(api.client, '/scoreboard/Event%3A1/semi', '/scoreboard/:eventId/:round?', <ScoreboardPage />, { username: 'viewer', roles: ['viewer'], loading: false }));

    const view = at(refused({ code: 'NOT_FOUND', field: ['round'] }));
    expect(await screen.findByText('赛项没有轮次 “semi”')).toBeTruthy();
    view.unmount();

    // a fault whose English happens to read like the refusal is still a fault
    at(refused(null));
    expect(await screen.findByText('无法读取成绩')).toBeTruthy();
    expect(screen.queryByText('赛项没有轮次 “semi”')).toBeNull();
  });
});
