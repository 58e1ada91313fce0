import { act, configure, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../i18n';
import { rawEnumCodesIn } from '../../i18n/rawEnumCodes';
import { fakeApi, renderAt, type Answer } from '../../test/fakeApi';
import { ReviewInboxPage } from './ReviewInboxPage';

// A busy machine renders antd slowly: wait up to 10 s for what a test awaits (findBy…, waitFor), never a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

const jinan = { id: 'Organization:2', name: '济南市总工会' };
const province = { id: 'Organization:1', name: '山东省总工会' };

const declared = (n: number, name: string, organization: { id: string; name: string }, more: Record<string, unknown> = {}) => ({
  id: `Competition:${n}`,
  name,
  level: 'DISTRICT',
  startsOn: '2026-03-01',
  endsOn: '2026-12-31',
  organization,
  approval: { status: 'DECLARED', pendingAt: jinan, reviews: [] },
  ...more,
});

function show(answer: () => Answer) {
  const api = fakeApi((name) => {
    if (name === 'ReviewInbox') return answer();
    throw new Error(`unexpected ${name}`);
  });
  render(renderAt(api.client, '/labor/reviews', '/labor/reviews', <ReviewInboxPage />, { username: 'jinan-organizer', roles: ['organizer'], loading: false }));
  return api;
}

describe('审核待办', { timeout: 60_000 }, () => {
  it('lists the declarations waiting, each linking to its competition, with who declared it, its level, dates and last step', async () => {
    show(() => ({
      reviewInbox: [
        declared(7, '2026年莱芜区重点工程劳动竞赛', { id: 'Organization:4', name: '莱芜区总工会' }),
        declared(9, '钢城区“六比一创”劳动竞赛', { id: 'Organization:5', name: '钢城区总工会' }, {
          level: 'MUNICIPAL_CLASS_II',
          startsOn: null,
          endsOn: null,
          approval: {
            status: 'DECLARED',
            pendingAt: province,
            reviews: [{ organization: jinan, decision: 'RECOMMEND', decidedAt: '2026-02-25T10:00:00+08:00' }],
          },
        }),
      ],
    }));

    const link = await screen.findByRole('link', { name: '2026年莱芜区重点工程劳动竞赛' });
    expect(link.getAttribute('href')).toBe('/competitions/Competition%3A7');
    const first = link.closest('tr') as HTMLElement;
    expect(within(first).getByText('莱芜区总工会')).toBeDefined();
    expect(within(first).getByText('区级')).toBeDefined();
    expect(within(first).getByText('2026-03-01 ~ 2026-12-31')).toBeDefined();
    expect(within(first).getByText('济南市总工会')).toBeDefined();
    expect(within(first).getByText('已申报')).toBeDefined();

    const second = screen.getByRole('link', { name: '钢城区“六比一创”劳动竞赛' }).closest('tr') as HTMLElement;
    expect(within(second).getByText('市级二类')).toBeDefined();
    expect(within(second).getByText('—')).toBeDefined();
    expect(within(second).getByText('山东省总工会')).toBeDefined();
    expect(within(second).getByText('济南市总工会 推荐上报')).toBeDefined();
    expect(rawEnumCodesIn(document.body.textContent ?? '')).toEqual([]);
  });

  it('says when nothing waits', async () => {
    show(() => ({ reviewInbox: [] }));
    expect(await screen.findByText('没有待审核的申报')).toBeDefined();
    expect(screen.getByText('下级单位申报劳动竞赛后，会出现在这里。')).toBeDefined();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says what failed when the inbox cannot be read', async () => {
    show(() => new Error('Failed to fetch'));
    expect(await screen.findByText('加载失败')).toBeDefined();
    expect(screen.getByText('无法连接服务，请检查网络后重试')).toBeDefined();
  });

  it('reads in English', async () => {
    show(() => ({ reviewInbox: [] }));
    await screen.findByText('没有待审核的申报');
    await act(async () => {
      await changeLanguage('en');
    });
    expect(await screen.findByText('Nothing waits for review')).toBeDefined();
    expect(screen.getByText('Reviews')).toBeDefined();
  });
});
