import { configure, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, renderAt } from '../../test/fakeApi';
import { JudgePadPage } from './JudgePadPage';

configure({ asyncUtilTimeout: 10_000 });

const place = (id: number, event: string, extra: { active?: boolean; replacedBy?: { id: string; name: string } | null; status?: string; role?: string } = {}) => ({
  id: `JudgeAssignment:${id}`,
  role: extra.role ?? 'JUDGE',
  name: '张伟',
  active: extra.active ?? true,
  replacedBy: extra.replacedBy ?? null,
  event: { id: `Event:${id}`, name: event, competition: { id: 'Competition:1', name: '全市职工职业技能大赛', status: extra.status ?? 'RUNNING' } },
});

describe('JudgePadPage: my judging places', { timeout: 60_000 }, () => {
  it('says of a place another judge took over who did, and offers no marking there', async () => {
    const api = fakeApi(() => ({
      me: {
        username: 'judge',
        judgeAssignments: [place(1, '焊工', { active: false, replacedBy: { id: 'JudgeAssignment:9', name: '李娜' } }), place(2, '车工')],
      },
    }));
    render(renderAt(api.client, '/judge', '/judge', <JudgePadPage />));

    const welding = (await screen.findByText('焊工')).closest('li') as HTMLElement;
    expect(within(welding).getByText('已由 李娜 接替')).toBeDefined();
    expect(within(welding).getByText('您已由 李娜 接替，不再为本赛项评分；您已给出的评分保留。')).toBeDefined();
    expect(within(welding).queryByRole('button', { name: '进入评分' })).toBeNull();
    expect(within(welding).queryByRole('link')).toBeNull();

    const turning = screen.getByText('车工').closest('li') as HTMLElement;
    expect(within(turning).getByRole('button', { name: '进入评分' })).toBeDefined();
    // the place that still marks comes first
    const items: HTMLElement[] = Array.from(document.querySelectorAll('li'));
    expect(items.indexOf(turning)).toBeLessThan(items.indexOf(welding));
  });

  it('offers a chief judge’s place the chief judge’s console, and a judge’s none', async () => {
    const api = fakeApi(() => ({
      me: { username: 'chief-judge', judgeAssignments: [place(1, '焊工', { role: 'CHIEF_JUDGE' }), place(2, '车工')] },
    }));
    render(renderAt(api.client, '/judge', '/judge', <JudgePadPage />, { username: 'chief-judge', roles: ['chief-judge'], loading: false }));

    const welding = (await screen.findByText('焊工')).closest('li') as HTMLElement;
    expect(within(welding).getByRole('button', { name: /裁判长控制台/ }).closest('a')?.getAttribute('href')).toBe('/judge/events/Event%3A1/console');
    expect(within(screen.getByText('车工').closest('li') as HTMLElement).queryByRole('button', { name: /裁判长控制台/ })).toBeNull();
  });
});
