import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../i18n';
import { rawEnumCodesIn } from '../../i18n/rawEnumCodes';
import { fakeApi, renderAt, type Answer } from '../../test/fakeApi';
import { formatMinute } from '../competitions/publication';
import { WorkerPage } from './WorkerPage';

// A busy machine renders antd slowly: wait up to 10 s for what a test awaits (findBy…, waitFor), never a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

const worker = { username: 'competitor', roles: ['competitor'], loading: false };
const day = 86_400_000;
const runsUntil = new Date(Date.now() + 3 * day).toISOString();
const endedAt = new Date(Date.now() - day).toISOString();

type Appeal = { id: string; status: string; reason: string; filedAt: string; decisionNote: string | null; decidedAt: string | null; registration: { id: string } };

function entry(n: number, event: string, status: string, noticeEndsAt: string | null, appeals: Appeal[] = []) {
  return {
    id: `Registration:${n}`,
    bib: String(n),
    team: null,
    status: 'APPROVED',
    event: {
      id: `Event:${n}`,
      name: event,
      scoreDecimals: 2,
      competition: {
        id: `Competition:${n}`,
        name: '全市职工职业技能大赛',
        status,
        resultsVisibility: 'LIVE',
        startsOn: '2026-05-01',
        publication: noticeEndsAt ? { noticeEndsAt } : null,
        appeals,
      },
      rounds: [{ code: 'F', name: '决赛', sequence: 1, modules: [{ code: 'T', name: '理论' }] }],
    },
    standing: { rank: 2, total: 88.5, complete: true, advanced: false, award: null, modules: [] },
  };
}

const person = (registrations: unknown[]) => ({ id: 'Person:1', name: '赵磊', affiliation: '城东机械厂', category: 'EMPLOYEE', skillLevel: 'INTERMEDIATE', promotions: [], registrations });

/** The portal of `registrations`; FileAppeal answers by `file` or adds the appeal to the entry's competition. */
function show(registrations: ReturnType<typeof entry>[], file?: (variables: Record<string, unknown>) => Answer | undefined) {
  const api = fakeApi((name, variables) => {
    if (name === 'WorkerPortal') return { me: { username: 'competitor', person: person(registrations) } };
    if (name === 'MyCertificates') return { me: { person: { id: 'Person:1', certificates: [] } } };
    if (name === 'FileAppeal') {
      const refused = file?.(variables);
      if (refused) return refused;
      const input = variables.input as { registrationId: string; reason: string };
      const appeal = { id: 'Appeal:9', status: 'OPEN', reason: input.reason, filedAt: new Date().toISOString(), decisionNote: null, decidedAt: null, registration: { id: input.registrationId } };
      registrations.find((r) => r.id === input.registrationId)!.event.competition.appeals.push(appeal);
      return { fileAppeal: { appeal, userErrors: [] } };
    }
    throw new Error(`unexpected ${name}`);
  });
  render(renderAt(api.client, '/me', '/me', <WorkerPage />, worker));
  return api;
}

const sent = (api: ReturnType<typeof fakeApi>, name: string) => api.operations.filter((op) => op.name === name);
/** 我的申诉's items, newest first. */
const appealItems = () => Array.from((screen.getByText('我的申诉', { selector: '.ant-card-head-title' }).closest('.ant-card') as HTMLElement).querySelectorAll<HTMLElement>('.ant-list-item'));
const rowOf = (event: string) => within(screen.getByRole('table', { name: '我的参赛' })).getByText(event).closest('tr') as HTMLElement;

describe('申诉 in the worker portal', { timeout: 60_000 }, () => {
  it('offers 提出申诉 only on an entry whose results are published and whose notice period runs', async () => {
    show([
      entry(1, '车工', 'PUBLISHED', runsUntil),
      entry(2, '焊工', 'PUBLISHED', endedAt),
      entry(3, '电工', 'SCORING_CLOSED', null),
      entry(4, '钳工', 'FINAL', runsUntil),
    ]);
    await screen.findByRole('table', { name: '我的参赛' });

    expect(within(rowOf('车工')).getByRole('button', { name: /提出申诉/ })).toBeDefined();
    expect(within(rowOf('车工')).getByText(`公示期至 ${formatMinute(runsUntil)}`)).toBeDefined();
    for (const over of ['焊工', '电工', '钳工']) expect(within(rowOf(over)).queryByRole('button', { name: /提出申诉/ }), over).toBeNull();
    // nobody has appealed yet: no list of appeals
    expect(screen.queryByText('我的申诉')).toBeNull();
  });

  it('refuses an appeal without a reason, then files it and lists it', async () => {
    const api = show([entry(1, '车工', 'PUBLISHED', runsUntil)]);
    fireEvent.click(within(await waitFor(() => rowOf('车工'))).getByRole('button', { name: /提出申诉/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('提出申诉：车工（参赛号 1）')).toBeDefined();

    fireEvent.click(within(dialog).getByRole('button', { name: '提交申诉' }));
    expect(await within(dialog).findByText('请写明申诉理由')).toBeDefined();
    fireEvent.change(within(dialog).getByLabelText('申诉理由'), { target: { value: '  ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '提交申诉' }));
    await waitFor(() => expect(within(dialog).getByText('请写明申诉理由')).toBeDefined());
    expect(sent(api, 'FileAppeal')).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText('申诉理由'), { target: { value: ' 实操第 2 项评分与现场记录不符 ' } });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: '提交申诉' }));
    });
    await waitFor(() =>
      expect(sent(api, 'FileAppeal').map((op) => op.variables)).toEqual([{ input: { registrationId: 'Registration:1', reason: '实操第 2 项评分与现场记录不符' } }]),
    );
    expect(await screen.findByText('申诉已提交，请等待组织者裁决')).toBeDefined();

    const [filed] = await waitFor(() => {
      const items = appealItems();
      expect(items).toHaveLength(1);
      return items;
    });
    expect(within(filed).getByText('待裁决')).toBeDefined();
    expect(within(filed).getByText('申诉理由：实操第 2 项评分与现场记录不符')).toBeDefined();
    expect(within(filed).getByText('等待组织者裁决')).toBeDefined();
    // the notice period still runs: another appeal may follow
    expect(within(rowOf('车工')).getByRole('button', { name: /提出申诉/ })).toBeDefined();
  });

  it('puts the API’s refusal under the reason when it names it, above the form otherwise', async () => {
    let answers = 0;
    show([entry(1, '车工', 'PUBLISHED', runsUntil)], () => {
      answers += 1;
      return {
        fileAppeal: {
          appeal: null,
          userErrors:
            answers === 1
              ? [{ field: ['reason'], code: 'INVALID', message: '申诉理由：过长', problem: '过长' }]
              : [{ field: ['registrationId'], code: 'WRONG_STATE', message: '公示期已结束，不能再提出申诉', problem: '公示期已结束' }],
        },
      };
    });
    fireEvent.click(within(await waitFor(() => rowOf('车工'))).getByRole('button', { name: /提出申诉/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('申诉理由'), { target: { value: '评分有误' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '提交申诉' }));

    const underReason = await within(dialog).findByText('过长');
    expect(underReason.closest('.ant-form-item')?.textContent).toContain('申诉理由');
    expect(within(dialog).queryByText('申诉未提交')).toBeNull();

    fireEvent.click(within(dialog).getByRole('button', { name: '提交申诉' }));
    const alert = (await within(dialog).findByText('公示期已结束，不能再提出申诉')).closest('.ant-alert') as HTMLElement;
    expect(within(alert).getByText('申诉未提交')).toBeDefined();
  });

  it('lists my appeals once each, newest first, with their status and decision', async () => {
    const upheld: Appeal = {
      id: 'Appeal:1',
      status: 'UPHELD',
      reason: '焊缝外观评分有误',
      filedAt: '2026-06-08T09:00:00+08:00',
      decisionNote: '复核属实，更正为 8.5 分',
      decidedAt: '2026-06-09T10:00:00+08:00',
      registration: { id: 'Registration:1' },
    };
    const open: Appeal = { id: 'Appeal:2', status: 'OPEN', reason: '理论成绩偏低', filedAt: '2026-06-09T09:00:00+08:00', decisionNote: null, decidedAt: null, registration: { id: 'Registration:2' } };
    // two entries of one competition: its appeals come with each
    show([entry(1, '车工', 'PUBLISHED', endedAt, [upheld, open]), entry(2, '焊工', 'PUBLISHED', endedAt, [upheld, open])]);

    const items = await waitFor(() => {
      const found = appealItems();
      expect(found).toHaveLength(2);
      return found;
    });
    expect(within(items[0]).getByText('待裁决')).toBeDefined();
    expect(within(items[0]).getByText('全市职工职业技能大赛 · 焊工 · 参赛号 2')).toBeDefined();
    expect(within(items[1]).getByText('申诉成立')).toBeDefined();
    expect(within(items[1]).getByText('裁决意见：复核属实，更正为 8.5 分')).toBeDefined();
    expect(within(items[1]).getByText(`裁决时间：${formatMinute(upheld.decidedAt)}`)).toBeDefined();
    expect(rawEnumCodesIn(document.body.textContent ?? '')).toEqual([]);

    await act(async () => {
      await changeLanguage('en');
    });
    expect(await screen.findByText('My appeals')).toBeDefined();
    expect(screen.getByText('Upheld')).toBeDefined();
    expect(screen.getByText('Decision: 复核属实，更正为 8.5 分')).toBeDefined();
  });
});
