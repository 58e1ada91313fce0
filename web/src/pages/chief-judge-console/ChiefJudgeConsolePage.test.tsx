import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../i18n';
import { rawEnumCodesIn } from '../../i18n/rawEnumCodes';
import type { Viewer } from '../../layout/viewer';
import { ErrorsAnswer, fakeApi, renderAt, type Answer } from '../../test/fakeApi';
import { ChiefJudgeConsolePage } from './ChiefJudgeConsolePage';
import { formatInstant } from './consoleModel';

// A busy machine renders antd slowly: wait up to 10 s for what a test awaits (findBy…, waitFor), never a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

const city = { id: 'Organization:1', name: '市总工会', ancestors: [] };
const chiefJudge: Viewer = { username: 'chief-judge', roles: ['chief-judge'], grants: [], loading: false };
const organizer: Viewer = { username: 'organizer', roles: ['organizer'], grants: [{ role: 'ORGANIZER', organization: city }], loading: false };
const judge: Viewer = { username: 'judge', roles: ['judge'], grants: [], loading: false };

const lockedAt = '2026-05-10T10:15:00+08:00';

/** 焊工: the heat (预赛) all locked, the final (决赛) with its theory locked and its practical module open. */
function eventWith(locks: Record<string, { module: string; lockedBy: string; lockedAt: string }[]>, status = 'RUNNING') {
  return {
    id: 'Event:1',
    name: '焊工',
    competition: { id: 'Competition:1', name: '全市职工职业技能大赛', status, organization: city },
    judges: [
      { id: 'JudgeAssignment:1', name: '张伟', role: 'JUDGE', username: 'judge', active: true },
      { id: 'JudgeAssignment:2', name: '王建国', role: 'CHIEF_JUDGE', username: 'chief-judge', active: true },
    ],
    rounds: [
      {
        code: 'F',
        name: '决赛',
        sequence: 2,
        modules: [
          { code: 'T', name: '理论知识考试', aspects: [{ code: 'T1', name: '理论成绩', maxSpread: null }] },
          {
            code: 'P',
            name: '技能操作考核',
            aspects: [
              { code: 'P1', name: '焊缝外观', maxSpread: 1.5 },
              { code: 'P2', name: '试件尺寸', maxSpread: null },
            ],
          },
        ],
        locks: locks.F ?? [],
      },
      {
        code: 'H',
        name: '预赛',
        sequence: 1,
        modules: [{ code: 'T', name: '理论知识考试', aspects: [{ code: 'T1', name: '理论成绩', maxSpread: null }] }],
        locks: locks.H ?? [],
      },
    ],
  };
}

const registration = (n: number, bib: string, name: string) => ({ id: `Registration:${n}`, bib, team: null, competitor: { id: `Person:${n}`, name } });
const hash = (start: string) => start.padEnd(64, '0');

const entry = (n: number, more: Record<string, unknown>) => ({
  id: `AuditEntry:${n}`,
  round: 'F',
  aspect: null,
  module: null,
  attempt: null,
  value: null,
  previousValue: null,
  reason: null,
  judge: null,
  registration: null,
  at: `2026-05-10T0${n}:00:00+08:00`,
  hash: hash(`${n}a1b2c3d4e5f6789`),
  ...more,
});

const entries = [
  entry(1, { action: 'ENTERED', aspect: 'P1', attempt: 1, value: 7, by: 'judge', judge: { id: 'JudgeAssignment:1', name: '张伟' }, registration: registration(1, '1', '赵磊') }),
  entry(2, { action: 'CORRECTED', aspect: 'P1', attempt: 1, value: 7.5, previousValue: 7, by: 'judge', judge: { id: 'JudgeAssignment:1', name: '张伟' }, registration: registration(1, '1', '赵磊') }),
  entry(3, { action: 'LOCKED', module: 'T', by: 'chief-judge' }),
  entry(4, { action: 'REOPENED', module: 'T', by: 'organizer', reason: '申诉成立，需更正理论成绩' }),
];

const warning = { aspect: 'P1', attempt: 1, values: [7, 9.5], spread: 2.5, registration: registration(1, '1', '赵磊') };

interface Setup {
  viewer?: Viewer;
  warnings?: unknown[];
  status?: string;
  trail?: Answer;
  verification?: Record<string, unknown>;
  lockMarks?: (variables: Record<string, unknown>) => Answer | undefined;
  reopenMarks?: (variables: Record<string, unknown>) => Answer | undefined;
}

/** The console at /judge/events/Event:1/console, the API keeping the locks as lockMarks and reopenMarks change them. */
function show({ viewer = chiefJudge, warnings = [warning], status, trail, verification, lockMarks, reopenMarks }: Setup = {}) {
  const state = {
    locks: { F: [{ module: 'T', lockedBy: 'chief-judge', lockedAt }], H: [{ module: 'T', lockedBy: 'organizer', lockedAt }] } as Record<string, { module: string; lockedBy: string; lockedAt: string }[]>,
    warnings,
  };
  const payload = (round: string) => ({ round: { code: round, locks: state.locks[round] }, userErrors: [] });
  const api = fakeApi((name, variables) => {
    const input = variables.input as { round: string; module: string };
    switch (name) {
      case 'ChiefJudgeConsole':
        return { event: eventWith(state.locks, status) };
      case 'ChiefJudgeSpreadWarnings':
        return { event: { id: 'Event:1', spreadWarnings: state.warnings } };
      case 'ChiefJudgeAuditTrail': {
        if (trail) return trail;
        const page = variables.after === 'cursor:2' ? entries.slice(2) : entries.slice(0, 2);
        const last = variables.after === 'cursor:2' ? 4 : 2;
        return {
          event: {
            id: 'Event:1',
            auditTrail: {
              totalCount: entries.length,
              pageInfo: { hasNextPage: last < entries.length, endCursor: `cursor:${last}` },
              edges: page.map((node, i) => ({ cursor: `cursor:${last - page.length + i + 1}`, node })),
            },
          },
        };
      }
      case 'ChiefJudgeAuditVerification':
        return { event: { id: 'Event:1', auditVerification: verification ?? { valid: true, entries: 4, firstBrokenEntry: null } } };
      case 'LockMarks': {
        const refused = lockMarks?.(variables);
        if (refused) return refused;
        state.locks[input.round] = [...(state.locks[input.round] ?? []), { module: input.module, lockedBy: 'chief-judge', lockedAt: '2026-05-10T16:00:00+08:00' }];
        return { lockMarks: payload(input.round) };
      }
      case 'ReopenMarks': {
        const refused = reopenMarks?.(variables);
        if (refused) return refused;
        state.locks[input.round] = state.locks[input.round].filter((lock) => lock.module !== input.module);
        return { reopenMarks: payload(input.round) };
      }
      default:
        throw new Error(`unexpected ${name}`);
    }
  });
  render(renderAt(api.client, '/judge/events/Event%3A1/console', '/judge/events/:id/console', <ChiefJudgeConsolePage />, viewer));
  return { ...api, state };
}

const sent = (api: ReturnType<typeof fakeApi>, name: string) => api.operations.filter((op) => op.name === name);
const table = (name: string) => screen.getByRole('table', { name });
const rowOf = (within_: HTMLElement, text: string) => within(within_).getAllByText(text)[0].closest('tr') as HTMLElement;
const cardOf = (title: string) => screen.getByText(title, { selector: '.ant-card-head-title' }).closest('.ant-card') as HTMLElement;

describe('the chief judge’s console', { timeout: 60_000 }, () => {
  it('opens on the first round with a module still open, showing its locks, its spread warnings and the audit trail', async () => {
    show();
    expect(await screen.findByRole('heading', { name: '裁判长控制台：焊工' })).toBeDefined();
    await screen.findByText('技能操作考核');
    expect(document.querySelector('.ant-segmented-item-selected')?.textContent).toBe('决赛');

    const locks = table('模块锁定');
    const theory = rowOf(locks, '理论知识考试');
    expect(within(theory).getByText('已锁定').closest('.ant-tag')?.className).toContain('red');
    expect(within(theory).getByText('chief-judge')).toBeDefined();
    expect(within(theory).getByText(formatInstant(lockedAt))).toBeDefined();
    // a chief judge locks; reopening is the organizers'
    expect(within(theory).queryByRole('button')).toBeNull();
    expect(within(theory).getByText('仅组织者可解锁')).toBeDefined();
    const practical = rowOf(locks, '技能操作考核');
    expect(within(practical).getByText('未锁定')).toBeDefined();
    expect(within(practical).getByRole('button', { name: /锁定/ })).toBeDefined();
    expect(screen.getByText('已锁定 1/2 个模块')).toBeDefined();

    const spread = rowOf(await screen.findByRole('table', { name: '分差预警' }), '赵磊');
    for (const text of ['1', '焊缝外观', '第 1 次', '7 / 9.5', '2.5', '（允许 1.5）']) expect(within(spread).getByText(text), text).toBeDefined();

    const trail = await screen.findByRole('table', { name: '审计记录' });
    const entered = rowOf(trail, '录入');
    expect(within(entered).getByText('录入').closest('.ant-tag')?.className).toContain('blue');
    expect(within(entered).getByText('参赛号 1 赵磊 · 焊缝外观 · 第 1 次 · 裁判：张伟')).toBeDefined();
    expect(within(entered).getByText(formatInstant(entries[0].at))).toBeDefined();
    const corrected = rowOf(trail, '更正');
    expect(within(corrected).getByText('更正').closest('.ant-tag')?.className).toContain('orange');
    expect(within(corrected).getByText('7 → 7.5')).toBeDefined();
    expect(within(corrected).getByText('judge')).toBeDefined();
    // the hash's first 12 hex digits; the whole of it on hover
    const short = within(corrected).getByText('2a1b2c3d4e5f');
    expect(short.closest('[aria-label]')?.getAttribute('aria-label')).toBe(entries[1].hash);
    fireEvent.mouseEnter(short);
    expect(await screen.findByText(entries[1].hash)).toBeDefined();

    expect(screen.getByText('已显示 2 条，共 4 条')).toBeDefined();
    expect(rawEnumCodesIn(document.body.textContent ?? '')).toEqual([]);
  });

  it('loads more of the trail from the last cursor', async () => {
    const api = show();
    fireEvent.click(await screen.findByRole('button', { name: '加载更多' }));

    expect(await screen.findByText('申诉成立，需更正理论成绩')).toBeDefined();
    // the first page (urql's hook may ask for it twice), then the next one from its last cursor
    const asked = sent(api, 'ChiefJudgeAuditTrail').map((op) => op.variables);
    expect(new Set(asked.map((v) => JSON.stringify(v)))).toEqual(
      new Set([JSON.stringify({ id: 'Event:1', first: 50, after: null }), JSON.stringify({ id: 'Event:1', first: 50, after: 'cursor:2' })]),
    );
    const trail = table('审计记录');
    const reopened = rowOf(trail, '申诉成立，需更正理论成绩');
    expect(within(reopened).getByText('解锁').closest('.ant-tag')?.className).toContain('green');
    expect(within(reopened).getByText('模块：理论知识考试')).toBeDefined();
    expect(within(reopened).getByText('organizer')).toBeDefined();
    expect(within(rowOf(trail, '锁定')).getAllByText('—').length).toBeGreaterThan(0);
    expect(screen.getByText('已显示 4 条，共 4 条')).toBeDefined();
    expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull();
  });

  it('locks a module after confirming, then reads the locks, the warnings and the trail again', async () => {
    const api = show();
    await screen.findByText('技能操作考核');
    await screen.findByText('7 / 9.5');
    const before = { warnings: sent(api, 'ChiefJudgeSpreadWarnings').length, trail: sent(api, 'ChiefJudgeAuditTrail').length };
    fireEvent.click(within(rowOf(table('模块锁定'), '技能操作考核')).getByRole('button', { name: /锁定/ }));

    const title = await screen.findByText('锁定决赛的模块“技能操作考核”？', { selector: '.ant-modal-confirm-title, .ant-modal-confirm-title *' });
    const dialog = title.closest('[role=dialog]') as HTMLElement;
    expect(within(dialog).getByText(/只有组织者可以写明原因后解锁/)).toBeDefined();
    expect(sent(api, 'LockMarks')).toHaveLength(0);
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: '确认锁定' }));
    });

    await waitFor(() => expect(sent(api, 'LockMarks').map((op) => op.variables)).toEqual([{ input: { eventId: 'Event:1', round: 'F', module: 'P' } }]));
    expect(await screen.findByText('已锁定模块“技能操作考核”')).toBeDefined();
    await waitFor(() => expect(within(rowOf(table('模块锁定'), '技能操作考核')).getByText('已锁定')).toBeDefined());
    expect(screen.getByText('已锁定 2/2 个模块')).toBeDefined();
    await waitFor(() => expect(sent(api, 'ChiefJudgeSpreadWarnings').length).toBeGreaterThan(before.warnings));
    await waitFor(() => expect(sent(api, 'ChiefJudgeAuditTrail').length).toBeGreaterThan(before.trail));
    // every module of the round is locked now: the console stays on it
    expect(document.querySelector('.ant-segmented-item-selected')?.textContent).toBe('决赛');
  });

  it('shows the API’s refusal of a lock in its words', async () => {
    const api = show({
      lockMarks: () => ({
        lockMarks: { round: null, userErrors: [{ field: ['eventId'], code: 'FORBIDDEN', message: '只有本赛项的裁判长和竞赛组织者可以锁定评分', problem: '只有本赛项的裁判长和竞赛组织者可以锁定评分' }] },
      }),
    });
    await screen.findByText('技能操作考核');
    fireEvent.click(within(rowOf(table('模块锁定'), '技能操作考核')).getByRole('button', { name: /锁定/ }));
    await act(async () => {
      fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '确认锁定' }));
    });

    const alert = (await screen.findByText('只有本赛项的裁判长和竞赛组织者可以锁定评分')).closest('.ant-alert') as HTMLElement;
    expect(alert.className).toContain('ant-alert-error');
    expect(within(alert).getByText('操作未完成')).toBeDefined();
    expect(sent(api, 'LockMarks')).toHaveLength(1);
    expect(within(rowOf(table('模块锁定'), '技能操作考核')).getByText('未锁定')).toBeDefined();
  });

  it('offers no lock outside running and closed scoring, saying why', async () => {
    show({ status: 'REGISTRATION' });
    await screen.findByText('技能操作考核');
    const lock = within(rowOf(table('模块锁定'), '技能操作考核')).getByRole('button', { name: /锁定/ }) as HTMLButtonElement;
    expect(lock.disabled).toBe(true);
  });

  it('reopens a locked module for an organizer, only with a reason', async () => {
    const api = show({ viewer: organizer });
    await screen.findByText('技能操作考核');
    fireEvent.click(within(rowOf(table('模块锁定'), '理论知识考试')).getByRole('button', { name: /解锁/ }));

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('解锁决赛的模块“理论知识考试”')).toBeDefined();
    fireEvent.click(within(dialog).getByRole('button', { name: '确认解锁' }));
    expect(await within(dialog).findByText('请写明解锁原因')).toBeDefined();
    fireEvent.change(within(dialog).getByLabelText('解锁原因'), { target: { value: '   ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认解锁' }));
    await waitFor(() => expect(within(dialog).getByText('请写明解锁原因')).toBeDefined());
    expect(sent(api, 'ReopenMarks')).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText('解锁原因'), { target: { value: ' 申诉成立，需更正理论成绩 ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认解锁' }));

    await waitFor(() =>
      expect(sent(api, 'ReopenMarks').map((op) => op.variables)).toEqual([{ input: { eventId: 'Event:1', round: 'F', module: 'T', reason: '申诉成立，需更正理论成绩' } }]),
    );
    expect(await screen.findByText('已解锁模块“理论知识考试”')).toBeDefined();
    await waitFor(() => expect(within(rowOf(table('模块锁定'), '理论知识考试')).getByText('未锁定')).toBeDefined());
    expect(screen.getByText('已锁定 0/2 个模块')).toBeDefined();
  });

  it('keeps a refused reopening in the dialog: under the reason when it names it, above the form otherwise', async () => {
    let answers = 0;
    const api = show({
      viewer: organizer,
      reopenMarks: () => {
        answers += 1;
        const error =
          answers === 1
            ? { field: ['reason'], code: 'INVALID', message: '解锁原因：原因过长', problem: '原因过长' }
            : { field: ['eventId'], code: 'FORBIDDEN', message: '只有竞赛组织者可以解锁评分', problem: '只有竞赛组织者可以解锁评分' };
        return { reopenMarks: { round: null, userErrors: [error] } };
      },
    });
    await screen.findByText('技能操作考核');
    fireEvent.click(within(rowOf(table('模块锁定'), '理论知识考试')).getByRole('button', { name: /解锁/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('解锁原因'), { target: { value: '申诉成立' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认解锁' }));

    const underField = await within(dialog).findByText('原因过长');
    expect(underField.closest('.ant-form-item')?.textContent).toContain('解锁原因');
    expect(within(dialog).queryByText('解锁未完成')).toBeNull();

    fireEvent.click(within(dialog).getByRole('button', { name: '确认解锁' }));
    const alert = (await within(dialog).findByText('只有竞赛组织者可以解锁评分')).closest('.ant-alert') as HTMLElement;
    expect(within(alert).getByText('解锁未完成')).toBeDefined();
    expect(sent(api, 'ReopenMarks')).toHaveLength(2);
    expect(within(rowOf(table('模块锁定'), '理论知识考试')).getByText('已锁定')).toBeDefined();
  });

  it('says when no attempt is outside the allowed spread, and reads the warnings again on 刷新', async () => {
    const api = show({ warnings: [] });
    expect(await screen.findByText('本轮没有超出允许分差的评分')).toBeDefined();
    api.state.warnings = [warning];
    fireEvent.click(within(cardOf('分差预警')).getByRole('button', { name: /刷新/ }));
    expect(await screen.findByText('7 / 9.5')).toBeDefined();
    expect(screen.queryByText('本轮没有超出允许分差的评分')).toBeNull();
  });

  it('verifies the audit chain: intact in green, with the number of entries', async () => {
    const api = show();
    await screen.findByText('技能操作考核');
    fireEvent.click(screen.getByRole('button', { name: /校验审计链/ }));

    const alert = (await screen.findByText('审计链完整：4 条记录逐条吻合')).closest('.ant-alert') as HTMLElement;
    expect(alert.className).toContain('ant-alert-success');
    expect(sent(api, 'ChiefJudgeAuditVerification').map((op) => op.variables)).toEqual([{ id: 'Event:1' }]);
  });

  it('names the first broken entry of the audit chain in red', async () => {
    show({ verification: { valid: false, entries: 4, firstBrokenEntry: entries[1] } });
    await screen.findByText('技能操作考核');
    fireEvent.click(screen.getByRole('button', { name: /校验审计链/ }));

    const alert = (await screen.findByText('审计链已断开：从这条记录起与哈希链不符')).closest('.ant-alert') as HTMLElement;
    expect(alert.className).toContain('ant-alert-error');
    expect(within(alert).getByText('更正')).toBeDefined();
    expect(within(alert).getByText(`${formatInstant(entries[1].at)} · 决赛 · 参赛号 1 赵磊 · 焊缝外观 · 第 1 次 · 裁判：张伟 · judge`)).toBeDefined();
    expect(within(alert).getByText(`存储的哈希：${entries[1].hash}`)).toBeDefined();
  });

  it('tells the panel’s other members the console is not theirs', async () => {
    const api = show({ viewer: judge });
    expect(await screen.findByText('只有本赛项的裁判长和竞赛组织者可以使用裁判长控制台')).toBeDefined();
    expect(screen.queryByRole('table')).toBeNull();
    expect(sent(api, 'ChiefJudgeAuditTrail')).toHaveLength(0);
  });

  it('says so when the API refuses the trail to the caller', async () => {
    show({ trail: new ErrorsAnswer([{ message: 'Forbidden', path: ['event', 'auditTrail'], extensions: { refusal: { code: 'FORBIDDEN', field: [] } } }]) });
    expect(await screen.findByText('只有本赛项的裁判长和竞赛组织者可以查看审计记录')).toBeDefined();
    expect(screen.queryByRole('table', { name: '审计记录' })).toBeNull();
  });

  it('speaks English to an English reader', async () => {
    await changeLanguage('en');
    show({ viewer: organizer });
    expect(await screen.findByRole('heading', { name: 'Chief judge’s console: 焊工' })).toBeDefined();
    await screen.findByText('技能操作考核');
    expect(within(rowOf(table('Module locks'), '理论知识考试')).getByRole('button', { name: /Reopen/ })).toBeDefined();
    expect(screen.getByText('1 of 2 modules locked')).toBeDefined();
    expect(await screen.findByText('Corrected')).toBeDefined();
    expect(screen.getByText('2 of 4 entries shown')).toBeDefined();
    expect(screen.getByText('(allowed 1.5)')).toBeDefined();
  });
});
