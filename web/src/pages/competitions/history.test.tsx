import { act, configure, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import i18n, { changeLanguage } from '../../i18n';
import { rawEnumCodesIn } from '../../i18n/rawEnumCodes';
import { fakeApi, renderAt } from '../../test/fakeApi';
import { CompetitionPage } from './CompetitionPage';
import { actionText, changeText, fieldText, subjectText, valueText } from './history';
import './i18n';

// A busy machine renders antd slowly: wait up to 10 s for what a test awaits (findBy…, waitFor), never a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

const zh = () => i18n.getFixedT('zh-CN', 'competitions');
const en = () => i18n.getFixedT('en', 'competitions');

describe('a correction in words', () => {
  it('names what was corrected and how', () => {
    expect(['Competition', 'Event', 'Registration', 'JudgeAssignment'].map((s) => subjectText(s, zh()))).toEqual(['竞赛', '赛项', '报名', '裁判']);
    expect(['UPDATED', 'WITHDRAWN', 'DISQUALIFIED', 'REINSTATED', 'REMOVED', 'REPLACED', 'ASPECTS_ASSIGNED'].map((a) => actionText(a, zh()))).toEqual([
      '修改',
      '退赛',
      '取消资格',
      '恢复参赛',
      '移除',
      '替换',
      '分配评分项',
    ]);
    expect(actionText('UPDATED', en())).toBe('Edited');
    expect(subjectText('JudgeAssignment', en())).toBe('Judge');
  });

  it('gives each field from → to with enum values by name', () => {
    expect(changeText('Competition', { field: 'level', from: 'MUNICIPAL_CLASS_II', to: 'MUNICIPAL_CLASS_I' }, 'zh-CN', zh())).toBe('级别：市级二类 → 市级一类');
    expect(changeText('Competition', { field: 'kind', from: 'SKILL', to: 'LABOR' }, 'zh-CN', zh())).toBe('类型：职业技能竞赛 → 劳动竞赛');
    expect(changeText('Registration', { field: 'skillLevel', from: 'SENIOR', to: 'TECHNICIAN' }, 'zh-CN', zh())).toBe('报名时技能等级：高级工（三级） → 技师（二级）');
    expect(changeText('Registration', { field: 'status', from: 'APPROVED', to: 'WITHDRAWN' }, 'zh-CN', zh())).toBe('状态：已确认 → 已退赛');
    expect(changeText('Registration', { field: 'statusReason', from: null, to: '因伤退赛' }, 'zh-CN', zh())).toBe('原因：（空） → 因伤退赛');
    expect(changeText('JudgeAssignment', { field: 'role', from: 'JUDGE', to: 'CHIEF_JUDGE' }, 'zh-CN', zh())).toBe('职务：裁判员 → 裁判长');
    expect(changeText('Event', { field: 'conflictPolicy', from: 'BLOCK', to: 'FLAG' }, 'zh-CN', zh())).toContain('回避规则：回避');
    expect(changeText('Event', { field: 'format', from: 'INDIVIDUAL', to: 'TEAM' }, 'zh-CN', zh())).toBe('参赛形式：个人赛 → 团体赛');
    expect(changeText('Competition', { field: 'level', from: 'MUNICIPAL_CLASS_II', to: 'MUNICIPAL_CLASS_I' }, 'en', en())).toBe('level: Municipal class II → Municipal class I');
  });

  it('reads lists, team members and names by their subject', () => {
    expect(changeText('JudgeAssignment', { field: 'aspects', from: '[]', to: '[A1, A2]' }, 'zh-CN', zh())).toBe('负责的评分项：无 → A1、A2');
    expect(changeText('Event', { field: 'tieBreakModules', from: '[P, T]', to: '[T]' }, 'en', en())).toBe('tie-breaks: P, T → T');
    expect(changeText('Registration', { field: 'members.0.name', from: '王五', to: '王武' }, 'zh-CN', zh())).toBe('队员 1 姓名：王五 → 王武');
    expect(valueText('members.1.category', 'STUDENT', 'zh-CN', zh())).toBe('学生');
    expect(fieldText('Competition', 'name', zh())).toBe('名称');
    expect(fieldText('Registration', 'name', zh())).toBe('姓名');
  });

  it('shows a field, value or action it does not know as it comes', () => {
    expect(changeText('Event', { field: 'rounds', from: 'final: T(T1)', to: 'final: T(T1) P(P1)' }, 'zh-CN', zh())).toBe('评分标准：final: T(T1) → final: T(T1) P(P1)');
    expect(changeText('Registration', { field: 'seat', from: '3', to: '4' }, 'zh-CN', zh())).toBe('seat：3 → 4');
    expect(actionText('MERGED', zh())).toBe('MERGED');
  });
});

const history = [
  {
    subject: 'Registration',
    subjectId: 'Registration:7',
    subjectName: '赵磊',
    action: 'WITHDRAWN',
    changes: [
      { field: 'status', from: 'APPROVED', to: 'WITHDRAWN' },
      { field: 'statusReason', from: null, to: '因伤退赛' },
    ],
    reason: '因伤退赛',
    by: 'organizer',
    at: '2026-05-02T09:30:00+08:00',
  },
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

    const items = within(drawer).getAllByRole('listitem').filter((li) => li.classList.contains('ant-list-item'));
    expect(items.map((li) => li.querySelector('.ant-tag')?.textContent)).toEqual(['报名', '裁判', '竞赛']);
    expect(within(items[0]).getByText('退赛')).toBeDefined();
    expect(within(items[0]).getByText('状态：已确认 → 已退赛')).toBeDefined();
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

    expect(await within(drawer).findByText('level: Municipal class II → Municipal class I')).toBeDefined();
    expect(within(drawer).getByText('status: Confirmed → Withdrawn')).toBeDefined();
    expect(within(drawer).getByText('Aspects assigned')).toBeDefined();
    expect(within(drawer).getByText('Reason: 因伤退赛')).toBeDefined();
  });

  it('says when nothing was corrected yet', async () => {
    show([]);
    fireEvent.click(await screen.findByRole('button', { name: /修改记录/ }));
    expect(await screen.findByText('还没有修改记录。竞赛、赛项、报名和裁判的每次修改都会记在这里。')).toBeDefined();
  });
});
