import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../i18n';
import { rawEnumCodesIn } from '../../i18n/rawEnumCodes';
import type { Viewer } from '../../layout/viewer';
import { fakeApi, renderAt, type Answer } from '../../test/fakeApi';
import { ChiefJudgeConsolePage } from './ChiefJudgeConsolePage';
import { formatInstant } from './consoleModel';

// A busy machine renders antd slowly: wait up to 10 s for what a test awaits (findBy…, waitFor), never a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

const city = { id: 'Organization:1', name: '市总工会', ancestors: [] };
const chiefJudge: Viewer = { username: 'chief-judge', roles: ['chief-judge'], grants: [], loading: false };

/** 焊工, one final with its practical module open; paper sheets typed in twice when `doubleEntry`. */
function eventWith(doubleEntry: boolean) {
  return {
    id: 'Event:1',
    name: '焊工',
    doubleEntry,
    competition: { id: 'Competition:1', name: '全市职工职业技能大赛', status: 'RUNNING', organization: city },
    judges: [
      { id: 'JudgeAssignment:1', name: '张伟', role: 'JUDGE', username: 'judge', active: true },
      { id: 'JudgeAssignment:2', name: '王建国', role: 'CHIEF_JUDGE', username: 'chief-judge', active: true },
      { id: 'JudgeAssignment:3', name: '刘芳', role: 'SCOREKEEPER', username: 'scorekeeper', active: true },
    ],
    rounds: [
      {
        code: 'F',
        name: '决赛',
        sequence: 1,
        modules: [{ code: 'P', name: '技能操作考核', aspects: [{ code: 'P1', name: '焊缝外观', maxSpread: null, maxMark: 10 }] }],
        locks: [],
      },
    ],
  };
}

const discrepancy = {
  aspect: 'P1',
  attempt: 2,
  judge: { id: 'JudgeAssignment:1', name: '张伟' },
  registration: { id: 'Registration:1', bib: '1', team: null, competitor: { id: 'Person:1', name: '赵磊' } },
  entries: [
    { value: 7.5, enteredBy: 'scorekeeper', enteredAt: '2026-05-10T10:03:00+08:00' },
    { value: 8, enteredBy: 'scorekeeper2', enteredAt: '2026-05-10T10:07:00+08:00' },
  ],
};

/** The console of a chief judge; SettleDiscrepancy answers by `settle` or settles the slot as the API would. */
function show({ doubleEntry = true, settle }: { doubleEntry?: boolean; settle?: (variables: Record<string, unknown>) => Answer | undefined } = {}) {
  const state = { discrepancies: [discrepancy] as unknown[] };
  const api = fakeApi((name, variables) => {
    switch (name) {
      case 'ChiefJudgeConsole':
        return { event: eventWith(doubleEntry) };
      case 'ChiefJudgeSpreadWarnings':
        return { event: { id: 'Event:1', spreadWarnings: [] } };
      case 'ChiefJudgeAuditTrail':
        return { event: { id: 'Event:1', auditTrail: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } } };
      case 'ChiefJudgeDiscrepancies':
        return { event: { id: 'Event:1', markDiscrepancies: state.discrepancies } };
      case 'SettleDiscrepancy': {
        const refused = settle?.(variables);
        if (refused) return refused;
        state.discrepancies = [];
        return { submitMarks: { accepted: 1, userErrors: [] } };
      }
      default:
        throw new Error(`unexpected ${name}`);
    }
  });
  render(renderAt(api.client, '/judge/events/Event%3A1/console', '/judge/events/:id/console', <ChiefJudgeConsolePage />, chiefJudge));
  return { ...api, state };
}

const sent = (api: ReturnType<typeof fakeApi>, name: string) => api.operations.filter((op) => op.name === name);

async function openSettlement() {
  const table = await screen.findByRole('table', { name: '评分分歧' });
  fireEvent.click(within(within(table).getByText('赵磊').closest('tr') as HTMLElement).getByRole('button', { name: '裁定' }));
  return screen.findByRole('dialog');
}

describe('评分分歧 on the chief judge’s console', { timeout: 60_000 }, () => {
  it('lists the round’s paper-sheet discrepancies of a double-entry event, each entry with who typed it and when', async () => {
    const api = show();
    const table = await screen.findByRole('table', { name: '评分分歧' });
    const row = within(table).getByText('赵磊').closest('tr') as HTMLElement;
    for (const text of ['1', '焊缝外观', '第 2 次', '张伟', '7.5', '8']) expect(within(row).getByText(text), text).toBeDefined();
    expect(within(row).getByText(`scorekeeper · ${formatInstant(discrepancy.entries[0].enteredAt)}`)).toBeDefined();
    expect(within(row).getByText(`scorekeeper2 · ${formatInstant(discrepancy.entries[1].enteredAt)}`)).toBeDefined();
    expect(screen.getByText('1 处分歧')).toBeDefined();
    expect(sent(api, 'ChiefJudgeDiscrepancies').map((op) => op.variables)[0]).toEqual({ id: 'Event:1', round: 'F' });
    expect(rawEnumCodesIn(document.body.textContent ?? '')).toEqual([]);
  });

  it('has no such card for an event typed in once', async () => {
    const api = show({ doubleEntry: false });
    await screen.findByText('技能操作考核');
    expect(screen.queryByText('评分分歧')).toBeNull();
    expect(sent(api, 'ChiefJudgeDiscrepancies')).toHaveLength(0);
  });

  it('refuses a settlement without a value, then settles on an entry’s value for the slot’s judge and reads the list again', async () => {
    const api = show();
    const dialog = await openSettlement();
    expect(within(dialog).getByText('裁定评分分歧：1 号 赵磊')).toBeDefined();
    expect(within(dialog).getByText('焊缝外观 · 第 2 次 · 裁判：张伟')).toBeDefined();
    fireEvent.click(within(dialog).getByRole('button', { name: '确认裁定' }));
    expect(await within(dialog).findByText('请选择或填写裁定分值')).toBeDefined();
    expect(sent(api, 'SettleDiscrepancy')).toHaveLength(0);

    fireEvent.click(within(dialog).getByText(`8（scorekeeper2 于 ${formatInstant(discrepancy.entries[1].enteredAt)} 录入）`));
    await waitFor(() => expect((within(dialog).getByLabelText('裁定分值') as HTMLInputElement).value).toBe('8'));
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: '确认裁定' }));
    });

    await waitFor(() =>
      expect(sent(api, 'SettleDiscrepancy').map((op) => op.variables)).toEqual([
        { input: { eventId: 'Event:1', marks: [{ registrationId: 'Registration:1', round: 'F', aspect: 'P1', attempt: 2, judgeId: 'JudgeAssignment:1', value: 8 }] } },
      ]),
    );
    expect(await screen.findByText('已裁定为 8 分')).toBeDefined();
    expect(await screen.findByText('本轮没有评分分歧')).toBeDefined();
    // the trail is read again too
    await waitFor(() => expect(sent(api, 'ChiefJudgeAuditTrail').length).toBeGreaterThan(1));
  });

  it('settles on a value typed from the sheet, refusing one above the aspect’s largest mark', async () => {
    const api = show();
    const dialog = await openSettlement();
    const value = within(dialog).getByLabelText('裁定分值');
    fireEvent.change(value, { target: { value: '12' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认裁定' }));
    expect(await within(dialog).findByText('分值应在 0–10 分之间')).toBeDefined();
    expect(sent(api, 'SettleDiscrepancy')).toHaveLength(0);

    fireEvent.change(value, { target: { value: '7.75' } });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: '确认裁定' }));
    });
    await waitFor(() => expect(sent(api, 'SettleDiscrepancy').map((op) => (op.variables.input as { marks: { value: number }[] }).marks[0].value)).toEqual([7.75]));
  });

  it('keeps a refused settlement in the dialog: under the value when it names it, above the form otherwise', async () => {
    let answers = 0;
    show({
      settle: () => {
        answers += 1;
        const error =
          answers === 1
            ? { field: ['marks', '0', 'value'], code: 'INVALID', message: '第1条评分 分值：小数位过多', problem: '小数位过多' }
            : { field: ['marks', '0'], code: 'WRONG_STATE', message: '模块“技能操作考核”的评分已锁定', problem: '评分已锁定' };
        return { submitMarks: { accepted: 0, userErrors: [error] } };
      },
    });
    const dialog = await openSettlement();
    fireEvent.change(within(dialog).getByLabelText('裁定分值'), { target: { value: '7.5' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认裁定' }));

    const underValue = await within(dialog).findByText('小数位过多');
    expect(underValue.closest('.ant-form-item')?.textContent).toContain('裁定分值');
    expect(within(dialog).queryByText('裁定未完成')).toBeNull();

    fireEvent.click(within(dialog).getByRole('button', { name: '确认裁定' }));
    const alert = (await within(dialog).findByText('模块“技能操作考核”的评分已锁定')).closest('.ant-alert') as HTMLElement;
    expect(within(alert).getByText('裁定未完成')).toBeDefined();
  });

  it('speaks English to an English reader', async () => {
    await changeLanguage('en');
    show();
    const table = await screen.findByRole('table', { name: 'Discrepancies' });
    expect(within(table).getByText('Attempt 2')).toBeDefined();
    expect(screen.getByText('1 discrepancy')).toBeDefined();
  });
});
