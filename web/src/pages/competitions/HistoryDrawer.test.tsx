import { act, configure, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../i18n';
import { rawEnumCodesIn } from '../../i18n/rawEnumCodes';
import { fakeApi, renderAt } from '../../test/fakeApi';
import { withdrawal } from '../../test/recordChanges';
import { CompetitionPage } from './CompetitionPage';
import './i18n';

// A busy machine renders antd slowly: wait up to 10 s for what a test awaits (findBy…, waitFor), never a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

const history = [
  withdrawal(),
  {
    subject: 'JudgeAssignment',
    subjectId: 'JudgeAssignment:3',
    subjectName: '钱裁判',
    action: 'ASPECTS_ASSIGNED',
    changes: [{ field: 'aspects', from: '[]', to: '[P1, P2]' }],
    reason: null,
    by: 'organizer2',
    at: '2026-05-01T18:00:00+08:00',
  },
  {
    subject: 'Competition',
    subjectId: 'Competition:1',
    subjectName: '全市职工职业技能大赛',
    action: 'UPDATED',
    changes: [
      { field: 'name', from: '全市职工职业技能大赛（笔误）', to: '全市职工职业技能大赛' },
      { field: 'level', from: 'MUNICIPAL_CLASS_II', to: 'MUNICIPAL_CLASS_I' },
    ],
    reason: null,
    by: 'organizer',
    at: '2026-04-20T10:00:00+08:00',
  },
];

function show(records: unknown[]) {
  const competition = {
    id: 'Competition:1',
    name: '全市职工职业技能大赛',
    kind: 'SKILL',
    level: 'MUNICIPAL_CLASS_I',
    status: 'RUNNING',
    resultsVisibility: 'LIVE',
    startsOn: null,
    endsOn: null,
    organization: { id: 'Organization:2', name: '济南市总工会' },
    organizerName: null,
    events: [],
  };
  const api = fakeApi((name) => (name === 'CompetitionHistory' ? { competition: { id: competition.id, name: competition.name, history: records } } : { competition }));
  render(renderAt(api.client, '/competitions/Competition:1', '/competitions/:id', <CompetitionPage />, { username: 'organizer', roles: ['organizer'], loading: false }));
  return api;
}

describe('CompetitionPage: 修改记录', { timeout: 60_000 }, () => {
  it('lists every correction in words: who, when, what, how, each field from → to', async () => {
    show(history);
    fireEvent.click(await screen.findByRole('button', { name: /修改记录/ }));
    const drawer = await screen.findByRole('dialog');
    await within(drawer).findByText('赵磊');

    const items = within(drawer).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.ant-tag')?.textContent)).toEqual(['报名', '裁判', '竞赛']);
    expect(within(items[0]).getByText('退赛')).toBeDefined();
    expect(within(items[0]).getByText('报名状态：已确认 → 已退赛')).toBeDefined();
    expect(within(items[0]).getByText('原因：因伤退赛')).toBeDefined();
    expect(within(items[0]).getByText(/^organizer 于 2026-05-\d\d \d\d:\d\d$/)).toBeDefined();
    expect(within(items[1]).getByText('分配评分项')).toBeDefined();
    expect(within(items[1]).getByText('负责的评分项：无 → P1、P2')).toBeDefined();
    expect(within(items[2]).getByText('修改')).toBeDefined();
    expect(within(items[2]).getByText('级别：市级二类 → 市级一类')).toBeDefined();
    expect(within(items[2]).getByText('名称：全市职工职业技能大赛（笔误） → 全市职工职业技能大赛')).toBeDefined();
    expect(rawEnumCodesIn(drawer.textContent ?? '')).toEqual([]);
  });

  it('reads in English too', async () => {
    show(history);
    await screen.findByRole('heading', { name: '全市职工职业技能大赛' });
    await act(async () => {
      await changeLanguage('en');
    });
    fireEvent.click(await screen.findByRole('button', { name: /History/ }));
    const drawer = await screen.findByRole('dialog');

    expect(await within(drawer).findByText('Level: Municipal class II → Municipal class I')).toBeDefined();
    expect(within(drawer).getByText('Status: Confirmed → Withdrawn')).toBeDefined();
    expect(within(drawer).getByText('Aspects assigned')).toBeDefined();
    expect(within(drawer).getByText('Reason: 因伤退赛')).toBeDefined();
  });

  it('says when nothing was corrected yet', async () => {
    show([]);
    fireEvent.click(await screen.findByRole('button', { name: /修改记录/ }));
    expect(await screen.findByText('还没有修改记录。竞赛、赛项、报名和裁判的每次修改都会记在这里。')).toBeDefined();
  });
});
