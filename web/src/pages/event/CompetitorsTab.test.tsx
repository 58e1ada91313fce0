import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '../../i18n';
import { rawEnumCodesIn } from '../../i18n/rawEnumCodes';
import { fakeApi, renderAt, type Answer } from '../../test/fakeApi';
import { EventPage } from './EventPage';

// A busy machine renders antd slowly: wait up to 10 s for what a test awaits (findBy…, waitFor), never a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

type Registration = Record<string, unknown> & { id: string; status: string; statusReason: string | null };

function registration(n: number, name: string, more: Partial<Registration> = {}): Registration {
  return {
    id: `Registration:${n}`,
    bib: String(n),
    team: null,
    affiliation: '铜陵有色',
    status: 'APPROVED',
    statusReason: null,
    skillLevel: 'INTERMEDIATE',
    category: 'EMPLOYEE',
    participants: null,
    competitor: { id: `Person:${n}`, name, category: 'EMPLOYEE', skillLevel: 'INTERMEDIATE', nationalIdMasked: '110***1234' },
    members: [{ id: `Person:${n}`, name }],
    registeredMembers: [{ person: { id: `Person:${n}`, name, nationalIdMasked: '110***1234' }, skillLevel: 'INTERMEDIATE', category: 'EMPLOYEE' }],
    ...more,
  };
}

/** The event's format and size, and its competition's kind. */
interface Shape {
  format?: string;
  teamSize?: number;
  kind?: string;
}

function eventWith(status: string, registrations: Registration[], { format = 'INDIVIDUAL', teamSize = 1, kind = 'SKILL' }: Shape = {}) {
  return {
    event: {
      id: 'Event:1',
      name: '焊工',
      format,
      teamSize,
      occupationCode: '6-18-02-04',
      conflictPolicy: 'BLOCK',
      scoreDecimals: 2,
      tieBreakModules: [],
      awards: [],
      rounds: [],
      competition: { id: 'Competition:1', name: '全市职工职业技能大赛', kind, status },
      judges: [],
      registrations: { totalCount: registrations.length, edges: registrations.map((node) => ({ node })) },
    },
  };
}

const payload = (registration: Registration | null, userErrors: unknown[] = []) => ({ registration, userErrors });

/**
 * The organizer's event page on its 选手 tab, against a fake API holding `registrations`; `mutations` answers
 * the corrections (by operation name), the default being success that changes the status as the API would.
 */
function show(status: string, registrations: Registration[], mutations: Record<string, (variables: Record<string, unknown>) => Answer> = {}, shape: Shape = {}) {
  const rows = [...registrations];
  const statusAfter: Record<string, string> = { WithdrawRegistration: 'WITHDRAWN', DisqualifyRegistration: 'DISQUALIFIED', ReinstateRegistration: 'APPROVED' };
  const api = fakeApi((name, variables) => {
    if (name === 'OrganizerEvent') return eventWith(status, rows, shape);
    if (name === 'RegistrationHistory') return { node: { __typename: 'Registration', id: variables.id, history: [] } };
    if (mutations[name]) return mutations[name](variables);
    const key = name.charAt(0).toLowerCase() + name.slice(1);
    const at = rows.findIndex((r) => r.id === variables.id);
    if (statusAfter[name] && at >= 0) {
      rows[at] = { ...rows[at], status: statusAfter[name], statusReason: (variables.reason as string | undefined) ?? null };
      return { [key]: payload(rows[at]) };
    }
    throw new Error(`unexpected ${name}`);
  });
  render(
    renderAt(api.client, '/events/Event:1?tab=competitors', '/events/:id', <EventPage />, { username: 'organizer', roles: ['organizer'], loading: false }),
  );
  return api;
}

/** The roster row a text (a name) is in. */
const rowOf = (text: string) => screen.getByText(text).closest('tr')!;
const button = (row: HTMLElement, name: RegExp) => within(row).getByRole('button', { name });
const sent = (api: ReturnType<typeof fakeApi>, name: string) => api.operations.filter((op) => op.name === name);

describe('the roster (选手 tab)', { timeout: 60_000 }, () => {
  it('shows each registration’s status in words, its reason, and the level and category as registered', async () => {
    show('RUNNING', [
      registration(1, '赵磊', { skillLevel: 'SENIOR', competitor: { id: 'Person:1', name: '赵磊', category: 'EMPLOYEE', skillLevel: 'TECHNICIAN', nationalIdMasked: null } }),
      registration(2, '钱芳', { status: 'WITHDRAWN', statusReason: '因伤退赛', category: 'STUDENT' }),
      registration(3, '孙强', { status: 'DISQUALIFIED', statusReason: '违反赛场纪律' }),
      registration(4, '李娜', { status: 'PENDING' }),
    ]);
    await screen.findByText('赵磊');

    expect(within(rowOf('赵磊')).getByText('已确认')).toBeDefined();
    expect(within(rowOf('钱芳')).getByText('已退赛')).toBeDefined();
    expect(within(rowOf('钱芳')).getByText('原因：因伤退赛')).toBeDefined();
    expect(within(rowOf('孙强')).getByText('已取消资格')).toBeDefined();
    expect(within(rowOf('孙强')).getByText('原因：违反赛场纪律')).toBeDefined();
    expect(within(rowOf('李娜')).getByText('待审核')).toBeDefined();
    // as registered, with the level now (a promotion since) as a note
    expect(within(rowOf('赵磊')).getByText('高级工（三级）')).toBeDefined();
    expect(within(rowOf('赵磊')).getByText('现为技师（二级）')).toBeDefined();
    expect(within(rowOf('钱芳')).getByText('学生')).toBeDefined();
    expect(within(rowOf('钱芳')).queryByText(/现为/)).toBeNull();
    // withdrawn and disqualified rows stay listed, set apart
    expect(rowOf('钱芳').className).toContain('roster-row-out');
    expect(rowOf('孙强').className).toContain('roster-row-out');
    expect(rowOf('赵磊').className).not.toContain('roster-row-out');
    // the workers a unit brings are a labor competition's figure
    expect(screen.queryByText('参赛职工人数')).toBeNull();
    expect(rawEnumCodesIn(document.body.textContent ?? '')).toEqual([]);
  });

  it('shows how many workers each unit of a labor competition brings', async () => {
    show('RUNNING', [registration(1, '一标段项目部', { participants: 120 }), registration(2, '二标段项目部')], {}, { kind: 'LABOR' });
    await screen.findByText('一标段项目部');

    const column = [...document.querySelectorAll('thead th')].findIndex((th) => th.textContent === '参赛职工人数');
    expect(column).toBeGreaterThan(-1);
    expect(rowOf('一标段项目部').querySelectorAll('td')[column].textContent).toBe('120');
    expect(rowOf('二标段项目部').querySelectorAll('td')[column].textContent).toBe(''); // not given: the registered persons count
    await act(async () => {
      await changeLanguage('en');
    });
    expect(await screen.findByText('Workers taking part', { selector: 'th' })).toBeDefined();
  });

  it('says the status in English too, and counts in English', async () => {
    show('RUNNING', [registration(2, '钱芳', { status: 'WITHDRAWN', statusReason: 'injured' })]);
    await screen.findByText('钱芳');
    await act(async () => {
      await changeLanguage('en');
    });

    expect(await screen.findByText('Withdrawn')).toBeDefined();
    expect(screen.getByText('Reason: injured')).toBeDefined();
    expect(screen.getByText('1 competitor registered')).toBeDefined();
    expect(button(rowOf('钱芳'), /Reinstate/)).toBeDefined();
  });

  it('offers while running: edit, withdraw and disqualify, or reinstate a withdrawn or disqualified competitor', async () => {
    show('RUNNING', [registration(1, '赵磊'), registration(2, '钱芳', { status: 'WITHDRAWN' }), registration(3, '孙强', { status: 'DISQUALIFIED', statusReason: '违纪' })]);
    await screen.findByText('赵磊');

    const taking = rowOf('赵磊');
    for (const name of [/修改/, /退赛/, /取消资格/]) expect((button(taking, name) as HTMLButtonElement).disabled).toBe(false);
    expect(within(taking).queryByRole('button', { name: /恢复参赛/ })).toBeNull();
    for (const out of [rowOf('钱芳'), rowOf('孙强')]) {
      expect((button(out, /恢复参赛/) as HTMLButtonElement).disabled).toBe(false);
      expect((button(out, /修改/) as HTMLButtonElement).disabled).toBe(false);
      expect(within(out).queryByRole('button', { name: /退赛/ })).toBeNull();
    }
  });

  it('once scoring is closed, no longer offers to withdraw (nor to bring back the withdrawn) and says why', async () => {
    show('SCORING_CLOSED', [registration(1, '赵磊'), registration(2, '钱芳', { status: 'WITHDRAWN' }), registration(3, '孙强', { status: 'DISQUALIFIED', statusReason: '违纪' })]);
    await screen.findByText('赵磊');

    const withdraw = button(rowOf('赵磊'), /退赛/) as HTMLButtonElement;
    expect(withdraw.disabled).toBe(true);
    expect((button(rowOf('赵磊'), /取消资格/) as HTMLButtonElement).disabled).toBe(false);
    expect((button(rowOf('赵磊'), /修改/) as HTMLButtonElement).disabled).toBe(false);
    expect((button(rowOf('钱芳'), /恢复参赛/) as HTMLButtonElement).disabled).toBe(true);
    expect((button(rowOf('孙强'), /恢复参赛/) as HTMLButtonElement).disabled).toBe(false);

    fireEvent.pointerEnter(withdraw); // a pointer over a disabled button (React gives it no mouse events)
    expect(await screen.findByText('评分结束后不能再退赛（竞赛当前为“评分结束”）')).toBeDefined();
  });

  it('once results are published, no longer offers to edit, and says why', async () => {
    show('PUBLISHED', [registration(1, '赵磊')]);
    await screen.findByText('赵磊');
    expect((button(rowOf('赵磊'), /修改/) as HTMLButtonElement).disabled).toBe(true);
    expect((button(rowOf('赵磊'), /取消资格/) as HTMLButtonElement).disabled).toBe(false);
    fireEvent.pointerEnter(button(rowOf('赵磊'), /修改/));
    expect(await screen.findByText('成绩公示后不能再修改报名（竞赛当前为“成绩公示”）')).toBeDefined();
  });

  it('offers nothing once the results are final', async () => {
    show('FINAL', [registration(1, '赵磊'), registration(3, '孙强', { status: 'DISQUALIFIED', statusReason: '违纪' })]);
    await screen.findByText('赵磊');
    for (const name of [/修改/, /退赛/, /取消资格/]) expect((button(rowOf('赵磊'), name) as HTMLButtonElement).disabled).toBe(true);
    expect((button(rowOf('孙强'), /恢复参赛/) as HTMLButtonElement).disabled).toBe(true);
  });

  it('withdraws after confirmation, with the reason given, and shows the new status', async () => {
    const api = show('RUNNING', [registration(1, '赵磊')]);
    await screen.findByText('赵磊');
    fireEvent.click(button(rowOf('赵磊'), /退赛/));

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('1 号 赵磊 退赛？')).toBeDefined();
    expect(within(dialog).getByText(/不参与排名，不获得奖项和晋升/)).toBeDefined();
    expect(sent(api, 'WithdrawRegistration')).toHaveLength(0); // nothing before the confirmation
    fireEvent.change(within(dialog).getByLabelText('退赛原因（选填）'), { target: { value: ' 因伤退赛 ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /确认退赛/ }));

    await waitFor(() => expect(sent(api, 'WithdrawRegistration').map((op) => op.variables)).toEqual([{ id: 'Registration:1', reason: '因伤退赛' }]));
    expect(await within(rowOf('赵磊')).findByText('已退赛')).toBeDefined();
    expect(within(rowOf('赵磊')).getByText('原因：因伤退赛')).toBeDefined();
    expect(sent(api, 'OrganizerEvent').length).toBeGreaterThan(1); // reloaded
  });

  it('keeps the dialog and its reason when the API refuses a withdrawal, saying why', async () => {
    const api = show('RUNNING', [registration(1, '赵磊')], {
      WithdrawRegistration: () => ({
        withdrawRegistration: payload(null, [
          { field: ['id'], message: '报名：评分结束前才能退赛或恢复参赛；竞赛当前为“评分结束”', problem: '评分结束前才能退赛或恢复参赛；竞赛当前为“评分结束”', code: 'WRONG_STATE' },
        ]),
      }),
    });
    await screen.findByText('赵磊');
    fireEvent.click(button(rowOf('赵磊'), /退赛/));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('退赛原因（选填）'), { target: { value: '因伤退赛' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /确认退赛/ }));

    expect(await within(dialog).findByText('报名：评分结束前才能退赛或恢复参赛；竞赛当前为“评分结束”')).toBeDefined();
    expect((within(dialog).getByLabelText('退赛原因（选填）') as HTMLTextAreaElement).value).toBe('因伤退赛');
    expect(sent(api, 'WithdrawRegistration')).toHaveLength(1);
  });

  it('does not disqualify without a reason, says the competitor loses rank, award and promotion, then sends it', async () => {
    const api = show('SCORING_CLOSED', [registration(1, '赵磊')]);
    await screen.findByText('赵磊');
    fireEvent.click(button(rowOf('赵磊'), /取消资格/));

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/失去名次、奖项和晋升资格/)).toBeDefined();
    fireEvent.click(within(dialog).getByRole('button', { name: /确认取消资格/ }));
    expect(await within(dialog).findByText('请填写取消资格的原因')).toBeDefined();
    expect(sent(api, 'DisqualifyRegistration')).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText('取消资格的原因'), { target: { value: '违反赛场纪律' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /确认取消资格/ }));
    await waitFor(() => expect(sent(api, 'DisqualifyRegistration').map((op) => op.variables)).toEqual([{ id: 'Registration:1', reason: '违反赛场纪律' }]));
    expect(await within(rowOf('赵磊')).findByText('已取消资格')).toBeDefined();
  });

  it('reinstates a withdrawn competitor after confirmation', async () => {
    const api = show('RUNNING', [registration(2, '钱芳', { status: 'WITHDRAWN', statusReason: '因伤退赛' })]);
    await screen.findByText('钱芳');
    fireEvent.click(button(rowOf('钱芳'), /恢复参赛/));

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('恢复 2 号 钱芳 参赛？')).toBeDefined();
    fireEvent.click(within(dialog).getByRole('button', { name: /恢复参赛/ }));
    await waitFor(() => expect(sent(api, 'ReinstateRegistration').map((op) => op.variables)).toEqual([{ id: 'Registration:2' }]));
    expect(await within(rowOf('钱芳')).findByText('已确认')).toBeDefined();
    expect(rowOf('钱芳').className).not.toContain('roster-row-out');
  });
});

describe('the roster on a phone', { timeout: 60_000 }, () => {
  const viewport = (width: number) => (window as unknown as { happyDOM: { setViewport(v: { width: number; height: number }): void } }).happyDOM.setViewport({ width, height: 800 });
  beforeEach(() => viewport(390));
  afterEach(() => viewport(1024));

  it('folds a row’s actions into one menu, each action reachable, the one not allowed saying why', async () => {
    const api = show('SCORING_CLOSED', [registration(1, '赵磊')]);
    await screen.findByText('赵磊');
    expect(within(rowOf('赵磊')).queryByRole('button', { name: /修改/ })).toBeNull();
    fireEvent.click(within(rowOf('赵磊')).getByRole('button', { name: '操作 1 号 赵磊' }));

    const menu = await screen.findByRole('menu');
    expect(within(menu).getByText('评分结束后不能再退赛（竞赛当前为“评分结束”）')).toBeDefined();
    const withdraw = within(menu).getByText('退赛').closest('[role=menuitem]')!;
    expect(withdraw.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(within(menu).getByText('取消资格'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('取消 1 号 赵磊 的参赛资格？')).toBeDefined();
    expect(sent(api, 'DisqualifyRegistration')).toHaveLength(0);
  });
});

describe('a long unbroken name on the roster', { timeout: 60_000 }, () => {
  // Vitest does not load stylesheets: the app's global rules are put on the page as main.tsx puts them (global.test.tsx)
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = readFileSync('src/global.css', 'utf8');
    document.head.appendChild(style);
  });
  afterEach(() => style.remove());

  it('wraps inside its cell instead of widening the table', async () => {
    const long = '赵磊'.repeat(30);
    show('RUNNING', [registration(1, long, { affiliation: 'A'.repeat(60) })]);
    const name = await screen.findByText(long);

    for (const cell of [name.closest('td')!, screen.getByText('A'.repeat(60)).closest('td')!]) {
      const css = getComputedStyle(cell);
      expect(css.overflowWrap).toBe('anywhere');
      expect(css.maxWidth).toMatch(/^min\(/);
      expect(css.whiteSpace).not.toBe('nowrap');
      expect(cell.className).not.toContain('ellipsis');
    }
  });
});
