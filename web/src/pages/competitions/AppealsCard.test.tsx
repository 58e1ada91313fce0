import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../i18n';
import { rawEnumCodesIn } from '../../i18n/rawEnumCodes';
import { fakeApi, renderAt, type Answer } from '../../test/fakeApi';
import { CompetitionPage } from './CompetitionPage';
import { formatMinute } from './publication';

// A busy machine renders antd slowly: wait up to 10 s for what a test awaits (findBy…, waitFor), never a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

const day = 86_400_000;
const publication = { publishedAt: new Date(Date.now() - day).toISOString(), noticeEndsAt: new Date(Date.now() + 2 * day).toISOString(), publishedBy: 'organizer' };

const registration = (n: number, bib: string, name: string) => ({ id: `Registration:${n}`, bib, team: null, competitor: { id: `Person:${n}`, name }, event: { id: 'Event:1', name: '焊工' } });

const openAppeal = {
  id: 'Appeal:1',
  status: 'OPEN',
  reason: '实操第 2 项焊缝外观的评分与现场记录不符',
  filedBy: 'competitor',
  filedAt: '2026-06-08T09:30:00+08:00',
  decisionNote: null,
  decidedBy: null,
  decidedAt: null,
  registration: registration(1, '1', '赵磊'),
};
const dismissedAppeal = {
  id: 'Appeal:2',
  status: 'DISMISSED',
  reason: '理论成绩偏低',
  filedBy: 'jinan-organizer',
  filedAt: '2026-06-08T10:00:00+08:00',
  decisionNote: '复核答题卡，成绩无误',
  decidedBy: 'organizer',
  decidedAt: '2026-06-09T15:00:00+08:00',
  registration: registration(2, '2', '钱芳'),
};

/** 焊工's scheme and panel: a final of theory (one attempt) and welding (two attempts), two judges and a scorekeeper. */
const scheme = {
  id: 'Event:1',
  rounds: [
    {
      code: 'F',
      name: '决赛',
      sequence: 1,
      modules: [
        { code: 'T', name: '理论', aspects: [{ code: 'T1', name: '理论成绩', attempts: 1, maxMark: 100 }] },
        { code: 'P', name: '实操', aspects: [{ code: 'P1', name: '焊缝外观', attempts: 2, maxMark: 10 }] },
      ],
    },
  ],
  judges: [
    { id: 'JudgeAssignment:1', name: '张伟', role: 'JUDGE', active: true },
    { id: 'JudgeAssignment:2', name: '王建国', role: 'CHIEF_JUDGE', active: true },
    { id: 'JudgeAssignment:3', name: '刘芳', role: 'SCOREKEEPER', active: true },
  ],
};

function competition(status: string) {
  return {
    id: 'Competition:1',
    name: '全市职工职业技能大赛',
    kind: 'SKILL',
    level: 'MUNICIPAL_CLASS_II',
    status,
    resultsVisibility: 'LIVE',
    startsOn: '2026-05-01',
    endsOn: '2026-05-03',
    organizerName: '市总工会',
    publication,
    organization: { id: 'Organization:2', name: '济南市总工会', ancestors: [] },
    approval: { status: 'NOT_DECLARED', pendingAt: null, approvedBy: null, reviews: [] },
    events: [],
  };
}

/** The competition page with its appeals; DecideAppeal answers by `decide` or decides as the API would. */
function show({ status = 'PUBLISHED', roles = ['organizer'], decide }: { status?: string; roles?: string[]; decide?: (variables: Record<string, unknown>) => Answer | undefined } = {}) {
  const appeals = [openAppeal, dismissedAppeal].map((a) => ({ ...a }));
  const api = fakeApi((name, variables) => {
    switch (name) {
      case 'Competition':
        return { competition: competition(status) };
      case 'CompetitionAppeals':
        return { competition: { id: 'Competition:1', appeals } };
      case 'AppealEvent':
        return { event: scheme };
      case 'DecideAppeal': {
        const refused = decide?.(variables);
        if (refused) return refused;
        const input = variables.input as { id: string; upheld: boolean; note: string };
        const at = appeals.findIndex((a) => a.id === input.id);
        appeals[at] = { ...appeals[at], status: input.upheld ? 'UPHELD' : 'DISMISSED', decisionNote: input.note, decidedBy: 'organizer', decidedAt: '2026-06-09T16:00:00+08:00' };
        return { decideAppeal: { appeal: appeals[at], userErrors: [] } };
      }
      default:
        throw new Error(`unexpected ${name}`);
    }
  });
  render(renderAt(api.client, '/competitions/Competition:1', '/competitions/:id', <CompetitionPage />, { username: 'organizer', roles, loading: false }));
  return api;
}

const sent = (api: ReturnType<typeof fakeApi>, name: string) => api.operations.filter((op) => op.name === name);
const rowOf = (text: string) => within(screen.getByRole('table', { name: '申诉' })).getByText(text).closest('tr') as HTMLElement;
const drawer = () => document.querySelector('.ant-drawer') as HTMLElement;

/** Chooses an option of an antd select inside `container`, by the select's label and the option's text. */
async function pick(container: HTMLElement, label: string, option: string) {
  const select = await within(container).findByRole('combobox', { name: label });
  await act(async () => {
    fireEvent.mouseDown(select);
  });
  const item = await waitFor(() => {
    const found = Array.from(document.querySelectorAll('.ant-select-dropdown .ant-select-item-option')).find((o) => o.textContent === option);
    expect(found, option).toBeDefined();
    return found as HTMLElement;
  });
  await act(async () => {
    fireEvent.click(item);
  });
}

async function openDecision() {
  const table = await screen.findByRole('table', { name: '申诉' });
  fireEvent.click(within(within(table).getByText('赵磊').closest('tr') as HTMLElement).getByRole('button', { name: '裁决' }));
  await screen.findByText('裁决申诉：1 号 赵磊');
  return drawer();
}

describe('申诉 on the competition page', { timeout: 60_000 }, () => {
  it('lists the appeals: status in words, bib and name, reason, who filed them when, and the decision', async () => {
    show();
    const table = await screen.findByRole('table', { name: '申诉' });
    const open = rowOf('赵磊');
    expect(within(open).getByText('待裁决').closest('.ant-tag')?.className).toContain('gold');
    expect(within(open).getByText('1')).toBeDefined();
    expect(within(open).getByText('焊工')).toBeDefined();
    expect(within(open).getByText(openAppeal.reason)).toBeDefined();
    expect(within(open).getByText(`competitor · ${formatMinute(openAppeal.filedAt)}`)).toBeDefined();
    expect(within(open).getByText('等待裁决')).toBeDefined();
    expect(within(open).getByRole('button', { name: '裁决' })).toBeDefined();

    const dismissed = rowOf('钱芳');
    expect(within(dismissed).getByText('驳回')).toBeDefined();
    expect(within(dismissed).getByText('复核答题卡，成绩无误')).toBeDefined();
    expect(within(dismissed).getByText(`organizer · ${formatMinute(dismissedAppeal.decidedAt)}`)).toBeDefined();
    expect(within(dismissed).queryByRole('button', { name: '裁决' })).toBeNull();
    expect(screen.getByText('1 件待裁决')).toBeDefined();
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(rawEnumCodesIn(document.body.textContent ?? '')).toEqual([]);
  });

  it('offers no decision to anyone but an organizer', async () => {
    show({ roles: ['competitor'] });
    await screen.findByRole('table', { name: '申诉' });
    expect(screen.queryByRole('button', { name: '裁决' })).toBeNull();
  });

  it('offers no decision once the results are final', async () => {
    show({ status: 'FINAL' });
    await screen.findByRole('table', { name: '申诉' });
    expect(screen.queryByRole('button', { name: '裁决' })).toBeNull();
  });

  it('refuses a decision without its outcome and its note', async () => {
    const api = show();
    const form = await openDecision();
    expect(within(form).getByText(openAppeal.reason)).toBeDefined();
    fireEvent.click(within(form).getByRole('button', { name: '提交裁决' }));
    expect(await within(form).findByText('请选择申诉成立或驳回')).toBeDefined();
    expect(within(form).getByText('请写明裁决意见')).toBeDefined();

    fireEvent.click(within(form).getByText('驳回'));
    fireEvent.change(within(form).getByLabelText('裁决意见'), { target: { value: '   ' } });
    fireEvent.click(within(form).getByRole('button', { name: '提交裁决' }));
    await waitFor(() => expect(within(form).queryByText('请选择申诉成立或驳回')).toBeNull());
    expect(within(form).getByText('请写明裁决意见')).toBeDefined();
    expect(sent(api, 'DecideAppeal')).toHaveLength(0);
  });

  it('dismisses an appeal with the note and no corrections, then reads the appeals again', async () => {
    const api = show();
    const form = await openDecision();
    fireEvent.click(within(form).getByText('驳回'));
    // dismissed: nothing to correct
    expect(within(form).queryByText('评分更正')).toBeNull();
    fireEvent.change(within(form).getByLabelText('裁决意见'), { target: { value: ' 复核评分表，评分无误 ' } });
    fireEvent.click(within(form).getByRole('button', { name: '提交裁决' }));

    await waitFor(() => expect(sent(api, 'DecideAppeal').map((op) => op.variables)).toEqual([{ input: { id: 'Appeal:1', upheld: false, note: '复核评分表，评分无误' } }]));
    expect(await screen.findByText('已裁决：驳回')).toBeDefined();
    await waitFor(() => expect(within(rowOf('赵磊')).getByText('复核评分表，评分无误')).toBeDefined());
    expect(within(rowOf('赵磊')).queryByRole('button', { name: '裁决' })).toBeNull();
    expect(sent(api, 'AppealEvent')).toHaveLength(0);
  });

  it('upholds an appeal with a correction picked from the event’s scheme and panel', async () => {
    const api = show();
    const form = await openDecision();
    fireEvent.click(within(form).getByText('申诉成立'));
    fireEvent.change(within(form).getByLabelText('裁决意见'), { target: { value: '第 2 次焊缝外观录入有误，更正为 8.5 分' } });
    expect(await within(form).findByText('不更正评分')).toBeDefined();
    fireEvent.click(within(form).getByRole('button', { name: /添加一项更正/ }));
    const row = await within(form).findByTestId('correction-0');

    // the round is the first; its aspects, the aspect's attempts and the panel's markers (no scorekeeper) are offered
    await pick(row, '评分项', '焊缝外观（P1）');
    await pick(row, '次数', '第 2 次');
    await act(async () => {
      fireEvent.mouseDown(within(row).getByRole('combobox', { name: '裁判' }));
    });
    await waitFor(() => expect(Array.from(document.querySelectorAll('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')).map((o) => o.textContent)).toContain('王建国 · 裁判长'));
    expect(Array.from(document.querySelectorAll('.ant-select-item-option')).map((o) => o.textContent)).not.toContain('刘芳 · 记分员');
    await pick(row, '裁判', '张伟 · 裁判员');
    expect(within(row).getByText('0–10 分')).toBeDefined();
    fireEvent.change(within(row).getByLabelText('分值'), { target: { value: '8.5' } });
    fireEvent.click(within(form).getByRole('button', { name: '提交裁决' }));

    await waitFor(() =>
      expect(sent(api, 'DecideAppeal').map((op) => op.variables)).toEqual([
        {
          input: {
            id: 'Appeal:1',
            upheld: true,
            note: '第 2 次焊缝外观录入有误，更正为 8.5 分',
            corrections: [{ registrationId: 'Registration:1', round: 'F', aspect: 'P1', attempt: 2, judgeId: 'JudgeAssignment:1', value: 8.5 }],
          },
        },
      ]),
    );
    expect(await screen.findByText('已裁决：申诉成立')).toBeDefined();
    await waitFor(() => expect(within(rowOf('赵磊')).getByText('申诉成立')).toBeDefined());
  });

  it('refuses a correction without its aspect, judge and value before sending', async () => {
    const api = show();
    const form = await openDecision();
    fireEvent.click(within(form).getByText('申诉成立'));
    fireEvent.change(within(form).getByLabelText('裁决意见'), { target: { value: '更正' } });
    fireEvent.click(await within(form).findByRole('button', { name: /添加一项更正/ }));
    const row = await within(form).findByTestId('correction-0');
    fireEvent.click(within(form).getByRole('button', { name: '提交裁决' }));

    expect(await within(row).findByText('请填写分值')).toBeDefined();
    expect(within(row).getAllByText('请选择')).toHaveLength(2);
    expect(sent(api, 'DecideAppeal')).toHaveLength(0);
  });

  it('puts the API’s refusals under the fields they name: a correction’s value, the note; the rest above the form', async () => {
    let answers = 0;
    const api = show({
      decide: () => {
        answers += 1;
        return {
          decideAppeal: {
            appeal: null,
            userErrors:
              answers === 1
                ? [
                    { field: ['corrections', '0', 'value'], code: 'INVALID', message: '第1项更正 分值：11 高于该评分项的满分 10', problem: '11 高于该评分项的满分 10' },
                    { field: ['note'], code: 'INVALID', message: '裁决意见：过长', problem: '过长' },
                  ]
                : [{ field: ['id'], code: 'WRONG_STATE', message: '该申诉已裁决', problem: '该申诉已裁决' }],
          },
        };
      },
    });
    const form = await openDecision();
    fireEvent.click(within(form).getByText('申诉成立'));
    fireEvent.change(within(form).getByLabelText('裁决意见'), { target: { value: '更正' } });
    fireEvent.click(await within(form).findByRole('button', { name: /添加一项更正/ }));
    const row = await within(form).findByTestId('correction-0');
    await pick(row, '评分项', '理论成绩（T1）');
    await pick(row, '裁判', '王建国 · 裁判长');
    fireEvent.change(within(row).getByLabelText('分值'), { target: { value: '11' } });
    fireEvent.click(within(form).getByRole('button', { name: '提交裁决' }));

    const underValue = await within(row).findByText('11 高于该评分项的满分 10');
    expect(underValue.closest('.ant-form-item')?.textContent).toContain('分值');
    expect(within(form).getByText('过长').closest('.ant-form-item')?.textContent).toContain('裁决意见');
    expect(within(form).queryByText('裁决未完成')).toBeNull();
    expect((sent(api, 'DecideAppeal')[0].variables.input as { corrections: unknown[] }).corrections).toEqual([
      { registrationId: 'Registration:1', round: 'F', aspect: 'T1', attempt: 1, judgeId: 'JudgeAssignment:2', value: 11 },
    ]);

    fireEvent.click(within(form).getByRole('button', { name: '提交裁决' }));
    const alert = (await within(form).findByText('该申诉已裁决')).closest('.ant-alert') as HTMLElement;
    expect(within(alert).getByText('裁决未完成')).toBeDefined();
  });

  it('speaks English to an English reader', async () => {
    await changeLanguage('en');
    show();
    const table = await screen.findByRole('table', { name: 'Appeals' });
    expect(within(table).getByText('Open')).toBeDefined();
    expect(within(table).getByText('Dismissed')).toBeDefined();
    expect(screen.getByText('1 waiting for a decision')).toBeDefined();
  });
});
