import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../i18n';
import { rawEnumCodesIn } from '../../i18n/rawEnumCodes';
import { fakeApi, renderAt, type Answer } from '../../test/fakeApi';
import { checkCharacter } from '../roster-import/nationalId';
import { EventPage } from './EventPage';

// A busy machine renders antd slowly: wait up to 10 s for what a test awaits (findBy…, waitFor), never a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

const person = (id: string, name: string, nationalIdMasked: string | null = '110***1234') => ({ id, name, nationalIdMasked });

/** 7 号 赵磊, registered as 高级工 and 职工, since promoted to 技师. */
const zhaoLei = {
  id: 'Registration:7',
  bib: '7',
  team: null,
  affiliation: '铜陵有色',
  status: 'APPROVED',
  statusReason: null,
  skillLevel: 'SENIOR',
  category: 'EMPLOYEE',
  participants: null,
  competitor: { id: 'Person:1', name: '赵磊', category: 'EMPLOYEE', skillLevel: 'TECHNICIAN', nationalIdMasked: '110***1234' },
  members: [{ id: 'Person:1', name: '赵磊' }],
  registeredMembers: [{ person: person('Person:1', '赵磊'), skillLevel: 'SENIOR', category: 'EMPLOYEE' }],
};

/** 一队: 甲 (the competitor), 乙 and 丙 (no id number recorded), in a team event of 3. */
const teamOne = {
  ...zhaoLei,
  id: 'Registration:8',
  bib: '8',
  team: '一队',
  skillLevel: 'INTERMEDIATE',
  competitor: { id: 'Person:10', name: '甲', category: 'EMPLOYEE', skillLevel: 'INTERMEDIATE', nationalIdMasked: '110***1234' },
  members: [
    { id: 'Person:10', name: '甲' },
    { id: 'Person:11', name: '乙' },
    { id: 'Person:12', name: '丙' },
  ],
  registeredMembers: [
    { person: person('Person:10', '甲'), skillLevel: 'INTERMEDIATE', category: 'EMPLOYEE' },
    { person: person('Person:11', '乙'), skillLevel: 'JUNIOR', category: 'STUDENT' },
    { person: person('Person:12', '丙', null), skillLevel: null, category: null },
  ],
};

function eventWith(registration: Record<string, unknown>, format: string, teamSize: number) {
  return {
    event: {
      id: 'Event:1',
      name: '焊工',
      format,
      teamSize,
      occupationCode: null,
      conflictPolicy: 'BLOCK',
      scoreDecimals: 2,
      tieBreakModules: [],
      awards: [],
      rounds: [],
      competition: { id: 'Competition:1', name: '全市职工职业技能大赛', kind: 'SKILL', status: 'RUNNING' },
      judges: [],
      registrations: { totalCount: 1, edges: [{ node: registration }] },
    },
  };
}

const noHistory = { node: { __typename: 'Registration', id: 'Registration:7', history: [] } };

/** The event page's roster with one registration, its 修改 drawer open. */
async function openDrawer(
  registration: Record<string, unknown>,
  answers: { update?: (input: Record<string, unknown>) => Answer; history?: Answer } = {},
  format = 'INDIVIDUAL',
  teamSize = 1,
) {
  const api = fakeApi((name, variables) => {
    if (name === 'OrganizerEvent') return eventWith(registration, format, teamSize);
    if (name === 'RegistrationHistory') return answers.history ?? noHistory;
    if (name === 'UpdateRegistration' && answers.update) return answers.update(variables.input as Record<string, unknown>);
    throw new Error(`unexpected ${name}`);
  });
  render(renderAt(api.client, '/events/Event:1?tab=competitors', '/events/:id', <EventPage />, { username: 'organizer', roles: ['organizer'], loading: false }));
  const row = (await screen.findByText(registration.team ? String(registration.team) : '赵磊')).closest('tr')!;
  fireEvent.click(within(row).getByRole('button', { name: /修改/ }));
  const drawer = await screen.findByRole('dialog');
  return { api, drawer };
}

const saved = (input: Record<string, unknown>) => ({
  updateRegistration: { registration: { id: input.id, bib: input.bib, team: input.team ?? null, competitor: { id: 'Person:1', name: input.name } }, userErrors: [] },
});
const inputOf = (drawer: HTMLElement, label: string) => within(drawer).getByLabelText(label) as HTMLInputElement;
const updates = (api: ReturnType<typeof fakeApi>) => api.operations.filter((op) => op.name === 'UpdateRegistration').map((op) => op.variables.input);

describe('the registration’s edit drawer', { timeout: 60_000 }, () => {
  it('is prefilled with the registration as registered; the id number shown masked, not to be changed', async () => {
    const { drawer } = await openDrawer(zhaoLei);

    expect(within(drawer).getByText('修改报名：7 号 赵磊')).toBeDefined();
    expect(inputOf(drawer, '姓名').value).toBe('赵磊');
    expect(inputOf(drawer, '参赛号').value).toBe('7');
    expect(inputOf(drawer, '工作单位').value).toBe('铜陵有色');
    expect(inputOf(drawer, '登录名').value).toBe('');
    expect(within(drawer).getByText('高级工（三级）')).toBeDefined(); // the level as registered …
    expect(within(drawer).getByText('此人现在的等级：技师（二级）')).toBeDefined(); // … and the level now
    expect(within(drawer).getByText('职工')).toBeDefined();
    expect(within(drawer).getByText('110***1234')).toBeDefined();
    expect(within(drawer).getByText(/已登记的身份证号不能更改/)).toBeDefined();
    expect(within(drawer).queryByLabelText('身份证号')).toBeNull();
    expect(rawEnumCodesIn(drawer.textContent ?? '')).toEqual([]);
  });

  it('sends the registration as corrected, then closes and reloads the roster, naming the competitor', async () => {
    const { api, drawer } = await openDrawer(zhaoLei, { update: saved });
    fireEvent.change(inputOf(drawer, '姓名'), { target: { value: ' 赵磊磊 ' } });
    fireEvent.change(inputOf(drawer, '参赛号'), { target: { value: '9' } });
    fireEvent.change(inputOf(drawer, '工作单位'), { target: { value: '' } });
    fireEvent.change(inputOf(drawer, '登录名'), { target: { value: 'zhaolei' } });
    fireEvent.click(within(drawer).getByRole('button', { name: /保\s?存/ }));

    await waitFor(() =>
      expect(updates(api)).toEqual([
        {
          id: 'Registration:7',
          name: '赵磊磊',
          affiliation: null,
          bib: '9',
          team: null,
          skillLevel: 'SENIOR', // as registered, not the level now
          category: 'EMPLOYEE',
          username: 'zhaolei',
        },
      ]),
    );
    expect(await screen.findByText('已保存 9 号 赵磊磊 的报名')).toBeDefined();
    await waitFor(() => expect(screen.queryByText('修改报名：7 号 赵磊')).toBeNull());
    await waitFor(() => expect(api.operations.filter((op) => op.name === 'OrganizerEvent').length).toBeGreaterThan(1));
  });

  it('shows the API’s refusal under its field and the rest above, keeping what was typed', async () => {
    const { api, drawer } = await openDrawer(zhaoLei, {
      update: () => ({
        updateRegistration: {
          registration: null,
          userErrors: [
            { field: ['bib'], message: '参赛号：参赛号 9 在本赛项已被占用', problem: '参赛号 9 在本赛项已被占用', code: 'DUPLICATE' },
            { field: ['nationalId'], message: '身份证号：已登记的身份证号不能更改', problem: '已登记的身份证号不能更改', code: 'CONFLICT' },
          ],
        },
      }),
    });
    fireEvent.change(inputOf(drawer, '姓名'), { target: { value: '赵磊磊' } });
    fireEvent.change(inputOf(drawer, '参赛号'), { target: { value: '9' } });
    fireEvent.click(within(drawer).getByRole('button', { name: /保\s?存/ }));

    const underBib = await within(drawer).findByText('参赛号 9 在本赛项已被占用');
    expect(underBib.closest('.ant-form-item')!.querySelector('input')!.value).toBe('9');
    // the id number has no input here: its whole message goes above the form
    expect(within(drawer).getByText('身份证号：已登记的身份证号不能更改')).toBeDefined();
    expect(inputOf(drawer, '姓名').value).toBe('赵磊磊');
    expect(screen.getByRole('dialog')).toBe(drawer);
    expect(updates(api)).toHaveLength(1);
  });

  it('offers the id number when none is recorded, checks its check character first, and sends it', async () => {
    const first17 = '11010519491231002';
    const { api, drawer } = await openDrawer({ ...zhaoLei, competitor: { ...zhaoLei.competitor, nationalIdMasked: null } }, { update: saved });
    expect(within(drawer).getByText(/此人还没有登记身份证号/)).toBeDefined();
    const wrong = checkCharacter(first17) === '1' ? '2' : '1';
    fireEvent.change(inputOf(drawer, '身份证号'), { target: { value: first17 + wrong } });
    fireEvent.click(within(drawer).getByRole('button', { name: /保\s?存/ }));

    expect(await within(drawer).findByText(`校验位应为 ${checkCharacter(first17)}，不是 ${wrong}`)).toBeDefined();
    expect(updates(api)).toHaveLength(0);

    fireEvent.change(inputOf(drawer, '身份证号'), { target: { value: `${first17}${checkCharacter(first17).toLowerCase()}` } });
    fireEvent.click(within(drawer).getByRole('button', { name: /保\s?存/ }));
    await waitFor(() => expect(updates(api)).toHaveLength(1));
    expect(updates(api)[0]).toMatchObject({ nationalId: `${first17}X` });
  });

  it('in a team event keeps each staying member by personId and sends a replacement as a new person', async () => {
    const { api, drawer } = await openDrawer(teamOne, { update: saved }, 'TEAM', 3);
    const second = within(drawer).getByTestId('member-0');
    const third = within(drawer).getByTestId('member-1');
    expect((within(second).getByLabelText('姓名') as HTMLInputElement).value).toBe('乙');
    expect(within(second).getByText('初级工（五级）')).toBeDefined();
    expect(within(second).getByText('学生')).toBeDefined();
    expect(within(third).getByLabelText('身份证号')).toBeDefined(); // 丙 has none recorded

    fireEvent.change(within(second).getByLabelText('姓名'), { target: { value: '乙二' } });
    fireEvent.click(within(third).getByRole('button', { name: /换人/ }));
    const confirm = (await screen.findByText('用另一人替换 丙？')).closest('.ant-popover')! as HTMLElement;
    expect(within(confirm).getByText(/保存后 丙 不再是本队队员/)).toBeDefined();
    fireEvent.click(within(confirm).getByRole('button', { name: /换\s?人/ }));
    expect(await within(third).findByText(/代替 丙 的新队员/)).toBeDefined();
    fireEvent.change(within(third).getByLabelText('姓名'), { target: { value: '丁' } });
    fireEvent.change(within(third).getByLabelText('工作单位'), { target: { value: '二厂' } });
    fireEvent.click(within(drawer).getByRole('button', { name: /保\s?存/ }));

    await waitFor(() => expect(updates(api)).toHaveLength(1));
    expect(updates(api)[0]).toEqual({
      id: 'Registration:8',
      name: '甲',
      affiliation: '铜陵有色',
      bib: '8',
      team: '一队',
      skillLevel: 'INTERMEDIATE',
      category: 'EMPLOYEE',
      members: [
        { personId: 'Person:11', name: '乙二', skillLevel: 'JUNIOR', category: 'STUDENT' },
        { name: '丁', affiliation: '二厂', skillLevel: null, category: null },
      ],
    });
  });

  it('shows a refusal about a member under that member’s name', async () => {
    const { drawer } = await openDrawer(
      teamOne,
      {
        update: () => ({
          updateRegistration: {
            registration: null,
            userErrors: [{ field: ['members', '1'], message: '第2名队员：丙 已在本赛项报名', problem: '丙 已在本赛项报名', code: 'DUPLICATE' }],
          },
        }),
      },
      'TEAM',
      3,
    );
    fireEvent.click(within(drawer).getByRole('button', { name: /保\s?存/ }));
    const third = within(drawer).getByTestId('member-1');
    expect(await within(third).findByText('丙 已在本赛项报名')).toBeDefined();
  });

  it('lists the registration’s history, newest first, in words', async () => {
    const { drawer } = await openDrawer(zhaoLei, {
      history: {
        node: {
          __typename: 'Registration',
          id: 'Registration:7',
          history: [
            {
              action: 'WITHDRAWN',
              at: '2026-05-02T09:30:00Z',
              by: 'organizer',
              reason: '因伤退赛',
              changes: [
                { field: 'status', from: 'APPROVED', to: 'WITHDRAWN' },
                { field: 'statusReason', from: null, to: '因伤退赛' },
              ],
            },
            {
              action: 'UPDATED',
              at: '2026-05-01T08:00:00Z',
              by: 'organizer',
              reason: null,
              changes: [
                { field: 'skillLevel', from: 'INTERMEDIATE', to: 'SENIOR' },
                { field: 'members.0.name', from: '乙', to: '乙二' },
                { field: 'affiliation', from: null, to: '铜陵有色' },
              ],
            },
          ],
        },
      },
    });

    expect(await within(drawer).findByText('报名状态：已确认 → 已退赛')).toBeDefined();
    expect(within(drawer).getByText('原因：因伤退赛')).toBeDefined();
    expect(within(drawer).queryByText(/原因：（空）/)).toBeNull(); // the reason said once
    expect(within(drawer).getByText('技能等级：中级工（四级） → 高级工（三级）')).toBeDefined();
    expect(within(drawer).getByText('队员 1 姓名：乙 → 乙二')).toBeDefined();
    expect(within(drawer).getByText('工作单位：（空） → 铜陵有色')).toBeDefined();
    const entries = within(drawer).getAllByRole('listitem');
    expect(entries[0].textContent).toContain('退赛');
    expect(entries[1].textContent).toContain('修改');
    expect(rawEnumCodesIn(drawer.textContent ?? '')).toEqual([]);

    await act(async () => {
      await changeLanguage('en');
    });
    expect(await within(drawer).findByText('Status: Confirmed → Withdrawn')).toBeDefined();
    expect(within(drawer).getByText('Name of member 1: 乙 → 乙二')).toBeDefined();
  });
});
