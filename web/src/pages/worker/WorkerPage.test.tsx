import { act, configure, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage, currentLanguage } from '../../i18n';
import { rawEnumCodesIn } from '../../i18n/rawEnumCodes';
import { fakeApi, renderAt } from '../../test/fakeApi';
import { WorkerPage } from './WorkerPage';

// A busy machine renders antd slowly: wait up to 10 s for what a test awaits (findBy…, waitFor), never a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

const worker = { username: 'competitor', roles: ['competitor'], loading: false };

function registration(resultsVisibility: string, standing: Record<string, unknown> | null, scoreDecimals = 2) {
  return {
    id: 'Registration:1',
    bib: '1',
    team: null,
    status: 'APPROVED',
    event: {
      id: 'Event:1',
      name: '车工',
      scoreDecimals,
      competition: { id: 'Competition:1', name: '全市职工职业技能大赛', status: 'RUNNING', resultsVisibility, startsOn: '2026-05-01' },
      rounds: [{ code: 'F', name: '决赛', sequence: 1, modules: [{ code: 'T', name: '理论' }] }],
    },
    standing,
  };
}

function show(person: Record<string, unknown> | null) {
  const api = fakeApi(() => ({ me: { username: 'competitor', person } }));
  render(renderAt(api.client, '/me', '/me', <WorkerPage />, worker));
  return api;
}

const person = (registrations: unknown[], promotions: unknown[] = []) => ({
  id: 'Person:1',
  name: '赵磊',
  affiliation: '城东机械厂',
  category: 'EMPLOYEE',
  skillLevel: 'TECHNICIAN',
  promotions,
  registrations,
});

const approvedPromotion = {
  id: 'PromotionOutcome:1',
  kind: 'SKILL_LEVEL',
  fromLevel: 'SENIOR',
  toLevel: 'TECHNICIAN',
  title: null,
  status: 'APPROVED',
  note: '同意',
  reason: 'rank 1 of 3',
  year: 2026,
  decidedAt: '2026-05-02T10:00:00Z',
  registration: { id: 'Registration:1', bib: '1', event: { id: 'Event:1', name: '车工', competition: { id: 'Competition:1', name: '全市职工职业技能大赛' } } },
};

describe('WorkerPage', { timeout: 60_000 }, () => {
  it('writes the result and the history in English, a total of points counted right', async () => {
    show(person([registration('LIVE', { rank: 1, total: 1, complete: true, advanced: false, award: null, modules: [] }, 0)], [approvedPromotion]));
    await screen.findByTestId('skill-level');
    await act(async () => {
      await changeLanguage('en');
    });

    expect(screen.getByTestId('skill-level').textContent).toBe('Technician (level 2)');
    expect(screen.getByText('Rank 1')).toBeDefined();
    expect(screen.getByText('1 point')).toBeDefined();
    expect(screen.getByText('Senior worker → Technician')).toBeDefined();
    expect(screen.getByText('Grounds: rank 1 of 3')).toBeDefined();
    expect(screen.getByText('HR’s note: 同意')).toBeDefined();
  });

  it('asks again when the language changes, so the grounds the API wrote are in the new language', async () => {
    // the API writes the grounds in the request's language (Accept-Language follows the UI's)
    const api = fakeApi(() => ({
      me: {
        username: 'competitor',
        person: person([], [{ ...approvedPromotion, reason: currentLanguage() === 'en' ? 'rank 1 of 3' : '第1名（共3人）' }]),
      },
    }));
    render(renderAt(api.client, '/me', '/me', <WorkerPage />, worker));
    expect(await screen.findByText('依据：第1名（共3人）')).toBeDefined();
    const asked = api.operations.filter((o) => o.name === 'WorkerPortal').length;

    await act(async () => {
      await changeLanguage('en');
    });

    expect(await screen.findByText('Grounds: rank 1 of 3')).toBeDefined();
    expect(api.operations.filter((o) => o.name === 'WorkerPortal').length).toBe(asked + 1);
  });

  it('writes a total with decimals as plural in English: 1.00 points', async () => {
    show(person([registration('LIVE', { rank: 1, total: 1, complete: true, advanced: false, award: null, modules: [] })]));
    await screen.findByTestId('skill-level');
    await act(async () => {
      await changeLanguage('en');
    });
    expect(screen.getByText('1.00 points')).toBeDefined();
  });

  it('shows my skill level with its grade, my result and my promotion history', async () => {
    show(
      person(
        [registration('LIVE', { rank: 1, total: 89.9, complete: true, advanced: false, award: '一等奖', modules: [{ module: 'T', score: 92, passed: true }] })],
        [
          {
            id: 'PromotionOutcome:1',
            kind: 'SKILL_LEVEL',
            fromLevel: 'SENIOR',
            toLevel: 'TECHNICIAN',
            title: null,
            status: 'APPROVED',
            note: '同意',
            reason: 'rank 1 of 3',
            year: 2026,
            decidedAt: '2026-05-02T10:00:00Z',
            registration: { id: 'Registration:1', bib: '1', event: { id: 'Event:1', name: '车工', competition: { id: 'Competition:1', name: '全市职工职业技能大赛' } } },
          },
        ],
      ),
    );

    expect((await screen.findByTestId('skill-level')).textContent).toBe('技师（二级）');
    expect(screen.getByText('第 1 名')).toBeDefined();
    expect(screen.getByText('89.90 分')).toBeDefined();
    expect(screen.getByText('高级工 → 技师')).toBeDefined();
    expect(screen.getByText('已批准')).toBeDefined();
    expect(screen.getByText('审核意见：同意')).toBeDefined();
    expect(rawEnumCodesIn(document.body.textContent ?? '')).toEqual([]);
  });

  it('says 成绩暂不公开 while the competition hides results', async () => {
    show(person([registration('HIDDEN', { rank: null, total: null, complete: true, advanced: false, award: null, modules: [] })]));
    expect(await screen.findByText('成绩暂不公开')).toBeDefined();
    expect(screen.getByText('还没有晋升记录')).toBeDefined();
  });

  it('tells a worker without a competitor record how to get one', async () => {
    show(null);
    expect(await screen.findByText('您的账号还没有关联选手档案')).toBeDefined();
    expect(screen.getByText(/competitor/)).toBeDefined();
  });
});
