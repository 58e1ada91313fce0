import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useQuery } from 'urql';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../i18n';
import { rawEnumCodesIn } from '../../i18n/rawEnumCodes';
import { fakeApi, renderAt, type Answer } from '../../test/fakeApi';
import { EventPage, OrganizerEventQueryDocument } from './EventPage';
import { JudgesTab } from './JudgesTab';

// A busy machine renders antd slowly: wait up to 10 s for what a test awaits (findBy…, waitFor), never a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

const organizer = { username: 'organizer', roles: ['organizer'], loading: false };

const aspect = (code: string, name: string) => ({
  code,
  name,
  kind: 'JUDGEMENT',
  maxMark: 10,
  judges: 3,
  aggregation: 'MEAN',
  dropHighest: 0,
  dropLowest: 0,
  scaleFactor: 1,
  attempts: 1,
  attemptCombination: 'SUM',
});

const rounds = [
  {
    code: 'F',
    name: '决赛',
    sequence: 1,
    advancingCount: null,
    rankingIncludes: [],
    modules: [
      { code: 'T', name: '理论知识考试', weight: 0.3, passMark: null, aspects: [aspect('T1', '理论试卷')] },
      { code: 'P', name: '技能操作考核', weight: 0.7, passMark: null, aspects: [aspect('P1', '焊缝外观'), aspect('P2', '试件尺寸')] },
    ],
  },
];

interface Judge {
  id: string;
  name: string;
  affiliation: string | null;
  role: string;
  username: string | null;
  aspects: string[];
  active: boolean;
  loginVerified: boolean | null;
  replacedBy: { id: string; name: string } | null;
  /** Marks given: shown in the panel; the fake API refuses removing a judge with marks, as the API does. */
  marksGiven: number;
}

const judge = (id: number, name: string, extra: Partial<Judge> = {}): Judge => ({
  id: `JudgeAssignment:${id}`,
  name,
  affiliation: null,
  role: 'JUDGE',
  username: null,
  aspects: [],
  active: true,
  loginVerified: null,
  replacedBy: null,
  marksGiven: 0,
  ...extra,
});

const refusal = (code: string, field: string[] | null, message: string, problem: string) => ({ code, field, message, problem });

/** An API keeping the panel as the real one does: corrections change it, the next query shows them. */
function panelApi(judges: Judge[], { status = 'RUNNING', answer }: { status?: string; answer?: (name: string, variables: Record<string, unknown>) => Answer | undefined } = {}) {
  const panel = judges.map((j) => ({ ...j }));
  let next = 100;
  const api = fakeApi((name, variables): Answer => {
    const given = answer?.(name, variables);
    if (given) return given;
    switch (name) {
      case 'OrganizerEvent':
        return {
          event: {
            id: 'Event:1',
            name: '焊工',
            format: 'INDIVIDUAL',
            teamSize: 1,
            occupationCode: null,
            conflictPolicy: 'BLOCK',
            scoreDecimals: 2,
            tieBreakModules: [],
            awards: [],
            rounds,
            competition: { id: 'Competition:1', name: '全市职工职业技能大赛', kind: 'SKILL', status },
            judges: panel.map((j) => ({ ...j })),
            registrations: { totalCount: 0, edges: [] },
          },
        };
      case 'SetJudgeAspects': {
        const input = variables.input as { judgeId: string; aspects: string[] };
        const j = panel.find((p) => p.id === input.judgeId)!;
        j.aspects = input.aspects;
        return { setJudgeAspects: { judge: { id: j.id, aspects: j.aspects }, userErrors: [] } };
      }
      case 'ReplaceJudge': {
        const input = variables.input as { id: string; judge: { name: string; role: string; username?: string; affiliation?: string; aspects?: string[] } };
        const old = panel.find((p) => p.id === input.id)!;
        const successor = judge(next++, input.judge.name, {
          role: input.judge.role,
          username: input.judge.username ?? null,
          loginVerified: input.judge.username ? true : null,
          aspects: input.judge.aspects ?? old.aspects,
        });
        old.active = false;
        old.replacedBy = { id: successor.id, name: successor.name };
        panel.push(successor);
        return { replaceJudge: { judge: { id: successor.id, name: successor.name, role: successor.role, aspects: successor.aspects }, userErrors: [] } };
      }
      case 'RemoveJudge': {
        const j = panel.find((p) => p.id === variables.id)!;
        if (j.marksGiven > 0) {
          return {
            removeJudge: {
              judge: null,
              userErrors: [refusal('WRONG_STATE', ['id'], `${j.name} 已给出 ${j.marksGiven} 个评分：请改为替换该裁判`, `${j.name} 已给出 ${j.marksGiven} 个评分：请改为替换该裁判`)],
            },
          };
        }
        panel.splice(panel.indexOf(j), 1);
        return { removeJudge: { judge: { id: j.id, name: j.name }, userErrors: [] } };
      }
      case 'UpdateJudge': {
        const input = variables.input as { id: string; name: string; affiliation: string | null; role: string; username: string | null };
        const j = panel.find((p) => p.id === input.id)!;
        Object.assign(j, { name: input.name, affiliation: input.affiliation, role: input.role, username: input.username });
        return { updateJudge: { judge: { ...j }, userErrors: [] } };
      }
      case 'AssignJudges': {
        const input = variables.input as { judges: { name: string; role: string; username?: string; aspects?: string[] }[] };
        const added = input.judges.map((j) => judge(next++, j.name, { role: j.role, username: j.username ?? null, aspects: j.aspects ?? [] }));
        panel.push(...added);
        return { assignJudges: { judges: added.map((j) => ({ id: j.id, name: j.name, aspects: j.aspects })), userErrors: [] } };
      }
      default:
        throw new Error(`unexpected operation ${name}`);
    }
  });
  return { ...api, panel };
}

/** The judges tab as the event page shows it: fed by the event's query, reloading it after each change. */
function Tab() {
  const [{ data }, refetch] = useQuery({ query: OrganizerEventQueryDocument, variables: { id: 'Event:1' } });
  return data?.event ? <JudgesTab event={data.event} onChanged={() => refetch({ requestPolicy: 'network-only' })} /> : null;
}

function open(api: ReturnType<typeof panelApi>) {
  render(renderAt(api.client, '/events/Event:1', '/events/:id', <Tab />, organizer));
}

const sent = (api: ReturnType<typeof panelApi>, name: string) => api.operations.filter((o) => o.name === name).map((o) => o.variables);

/** The table row of a judge, found by name. */
async function rowOf(name: string): Promise<HTMLElement> {
  const cell = await screen.findByText(name, { selector: 'td, td *' });
  return cell.closest('tr') as HTMLElement;
}

const button = (within_: HTMLElement, label: string) => within(within_).getByRole('button', { name: new RegExp(`^${label.split('').join('\\s?')}$`) });

/** An antd confirmation (modal.confirm), found by its title. */
async function confirmation(title: string | RegExp): Promise<HTMLElement> {
  const heading = await screen.findByText(title, { selector: '.ant-modal-confirm-title, .ant-modal-confirm-title *' });
  return heading.closest('.ant-modal') as HTMLElement;
}

/** Chooses an option of an antd select inside `container` (a drawer, the add form). */
async function pick(container: HTMLElement, label: string, option: string) {
  const select = await within(container).findByRole('combobox', { name: label });
  await act(async () => {
    fireEvent.mouseDown(select);
  });
  const item = await waitFor(() => {
    const found = Array.from(document.querySelectorAll('.ant-select-dropdown .ant-select-item-option')).find((o) => o.getAttribute('title') === option);
    expect(found).toBeDefined();
    return found as HTMLElement;
  });
  await act(async () => {
    fireEvent.click(item);
  });
}

const zhang = judge(1, '张伟', { username: 'judge', loginVerified: true, affiliation: '鉴定中心', aspects: ['P1', 'P2'], marksGiven: 3 });
const wang = judge(2, '王建国', { role: 'CHIEF_JUDGE', username: 'chief-judge', loginVerified: false });
const liu = judge(3, '刘芳', { role: 'SCOREKEEPER' });
const zhao = judge(4, '赵敏', { active: false, replacedBy: { id: 'JudgeAssignment:2', name: '王建国' }, marksGiven: 5 });

describe('JudgesTab: the panel', { timeout: 60_000 }, () => {
  it('shows each judge’s role in words, the aspects they mark, the login and whether it was verified, and the replaced apart', async () => {
    open(panelApi([zhao, zhang, wang, liu]));

    const zhangRow = await rowOf('张伟');
    expect(within(zhangRow).getByText('裁判员')).toBeDefined();
    expect(within(zhangRow).getByText('P1 焊缝外观')).toBeDefined();
    expect(within(zhangRow).getByText('P2 试件尺寸')).toBeDefined();
    expect(within(zhangRow).getByRole('img', { name: '登录名已核验' })).toBeDefined();
    expect(within(zhangRow).queryByText('登录名未核验')).toBeNull();

    const wangRow = await rowOf('王建国');
    expect(within(wangRow).getByText('裁判长')).toBeDefined();
    expect(within(wangRow).getByText('全部评分项')).toBeDefined();
    expect(within(wangRow).getByText('@chief-judge')).toBeDefined();
    expect(within(wangRow).getByText('登录名未核验')).toBeDefined();

    const liuRow = await rowOf('刘芳');
    expect(within(liuRow).getByText('记分员')).toBeDefined();
    expect(within(liuRow).getByText('不评分')).toBeDefined();
    expect(within(liuRow).getByText('无账号（纸质评分表）')).toBeDefined();

    // the replaced judge comes last, with who took over; no aspects or replacement of a place that marks no more
    const zhaoRow = await rowOf('赵敏');
    expect(within(zhaoRow).getByText('已替换')).toBeDefined();
    expect(within(zhaoRow).getByText('→ 王建国')).toBeDefined();
    const rows = Array.from(document.querySelectorAll('tbody tr'));
    expect(rows.indexOf(zhaoRow)).toBe(rows.length - 1);
    expect(within(zhaoRow).queryByRole('button', { name: /替\s?换/ })).toBeNull();
    expect(within(zhaoRow).queryByRole('button', { name: /评分项/ })).toBeNull();
    expect(button(zhangRow, '替换')).toBeDefined();
    expect(screen.getByText('裁判组 3 人')).toBeDefined();
    expect(screen.getByText('另有 1 人已被替换（其评分保留）')).toBeDefined();
    expect(rawEnumCodesIn(document.body.textContent ?? '')).toEqual([]);
  });

  it('counts on the event page’s tab the judges the tab counts: those still on the panel', async () => {
    const api = panelApi([zhao, zhang, wang, liu]);
    render(renderAt(api.client, '/events/Event:1?tab=judges', '/events/:id', <EventPage />, organizer));

    expect(await screen.findByRole('tab', { name: '裁判 (3)' })).toBeDefined();
    expect(await screen.findByText('裁判组 3 人')).toBeDefined();
  });

  it('gives a judge aspects from the scheme and shows them once saved', async () => {
    const api = panelApi([wang]);
    open(api);

    fireEvent.click(button(await rowOf('王建国'), '评分项'));
    expect(await screen.findByText('王建国 的评分项')).toBeDefined();
    const drawer = document.querySelector('.ant-drawer') as HTMLElement;
    await pick(drawer, '评分项', 'P1 焊缝外观');
    await pick(drawer, '评分项', 'T1 理论试卷');
    fireEvent.click(button(drawer, '保存'));

    await waitFor(() => expect(sent(api, 'SetJudgeAspects')).toEqual([{ input: { judgeId: 'JudgeAssignment:2', aspects: ['P1', 'T1'] } }]));
    const row = await rowOf('王建国');
    await waitFor(() => expect(within(row).getByText('T1 理论试卷')).toBeDefined());
    expect(within(row).getByText('P1 焊缝外观')).toBeDefined();
    expect(within(row).queryByText('全部评分项')).toBeNull();
  });

  it('replaces a judge: the new judge takes the old one’s aspects by default, the confirmation says the marks stay, and the old is shown replaced', async () => {
    const api = panelApi([zhang, wang]);
    open(api);

    fireEvent.click(button(await rowOf('张伟'), '替换'));
    const drawer = (await screen.findByText(/替换裁判：张伟/)).closest('.ant-drawer') as HTMLElement;
    // the aspects are the old judge's until changed
    expect(within(drawer).getByText('P1 焊缝外观')).toBeDefined();
    expect(within(drawer).getByText('P2 试件尺寸')).toBeDefined();
    fireEvent.change(within(drawer).getByLabelText('姓名'), { target: { value: '李娜' } });
    fireEvent.change(within(drawer).getByLabelText('登录名'), { target: { value: 'judge2' } });
    fireEvent.click(button(drawer, '替换'));

    const dialog = await confirmation('用 李娜 替换 张伟？');
    expect(within(dialog).getByText('张伟 已给出的评分保留并照常计入成绩，但 张伟 从此不能再评分。替换后不能撤销。')).toBeDefined();
    expect(within(dialog).getByText('李娜 接替其位置，评P1 焊缝外观、P2 试件尺寸。')).toBeDefined();
    expect(sent(api, 'ReplaceJudge')).toEqual([]); // nothing before it is confirmed
    fireEvent.click(button(dialog, '替换'));

    await waitFor(() =>
      expect(sent(api, 'ReplaceJudge')).toEqual([
        { input: { id: 'JudgeAssignment:1', judge: { name: '李娜', role: 'JUDGE', username: 'judge2', affiliation: undefined, aspects: ['P1', 'P2'] } } },
      ]),
    );
    const old = await rowOf('张伟');
    await waitFor(() => expect(within(old).getByText('已替换')).toBeDefined());
    expect(within(old).getByText('→ 李娜')).toBeDefined();
    expect(within(await rowOf('李娜')).getByText('P1 焊缝外观')).toBeDefined();
  });

  it('asks before removing, and when the API refuses a judge with marks shows its words and offers to replace instead', async () => {
    const api = panelApi([zhang, wang]);
    open(api);

    fireEvent.click(button(await rowOf('张伟'), '移除'));
    const dialog = await confirmation('将 张伟 移出裁判组？');
    expect(within(dialog).getByText(/只有还没评过分的裁判能移除/)).toBeDefined();
    expect(sent(api, 'RemoveJudge')).toEqual([]);
    fireEvent.click(button(dialog, '移除'));

    const refused = await confirmation('未能移除 张伟');
    expect(within(refused).getByText('张伟 已给出 3 个评分：请改为替换该裁判')).toBeDefined();
    expect(sent(api, 'RemoveJudge')).toEqual([{ id: 'JudgeAssignment:1' }]);
    fireEvent.click(within(refused).getByRole('button', { name: '改为替换' }));

    expect(await screen.findByText(/替换裁判：张伟/)).toBeDefined();
    expect(api.panel).toHaveLength(2);
  });

  it('offers no replacement when a judge without marks is refused for another reason', async () => {
    const api = panelApi([zhang, wang], {
      answer: (name) =>
        name === 'RemoveJudge'
          ? { removeJudge: { judge: null, userErrors: [refusal('WRONG_STATE', ['id'], '评分结束后裁判组不能再改：竞赛当前为“评分结束”', '评分结束后裁判组不能再改：竞赛当前为“评分结束”')] } }
          : undefined,
    });
    open(api);

    expect(within(await rowOf('张伟')).getByText('3')).toBeDefined();
    fireEvent.click(button(await rowOf('王建国'), '移除'));
    fireEvent.click(button(await confirmation('将 王建国 移出裁判组？'), '移除'));

    const refused = await confirmation('未能移除 王建国');
    expect(within(refused).getByText('评分结束后裁判组不能再改：竞赛当前为“评分结束”')).toBeDefined();
    expect(within(refused).queryByRole('button', { name: '改为替换' })).toBeNull();
  });

  it('removes a judge without marks once confirmed', async () => {
    const api = panelApi([zhang, wang]);
    open(api);

    fireEvent.click(button(await rowOf('王建国'), '移除'));
    fireEvent.click(button(await confirmation('将 王建国 移出裁判组？'), '移除'));

    await waitFor(() => expect(screen.queryByText('王建国', { selector: 'td, td *' })).toBeNull());
    expect(screen.getByText('裁判组 1 人')).toBeDefined();
  });

  it('corrects a judge in the edit drawer, keeping what was typed and showing a refusal under its field', async () => {
    let refuse = true;
    const api = panelApi([zhang], {
      answer: (name) =>
        name === 'UpdateJudge' && refuse
          ? { updateJudge: { judge: null, userErrors: [refusal('WRONG_STATE', ['role'], '职务：张伟 已给出 3 个评分：请改为替换该裁判', '张伟 已给出 3 个评分：请改为替换该裁判')] } }
          : undefined,
    });
    open(api);

    fireEvent.click(button(await rowOf('张伟'), '修改'));
    const drawer = (await screen.findByText('修改裁判：张伟')).closest('.ant-drawer') as HTMLElement;
    fireEvent.change(within(drawer).getByLabelText('姓名'), { target: { value: '张伟民' } });
    await pick(drawer, '职务', '记分员');
    fireEvent.click(button(drawer, '保存'));

    const problem = await within(drawer).findByText('张伟 已给出 3 个评分：请改为替换该裁判');
    expect(within(problem.closest('.ant-form-item') as HTMLElement).getByRole('combobox', { name: '职务' })).toBeDefined();
    expect((within(drawer).getByLabelText('姓名') as HTMLInputElement).value).toBe('张伟民');
    expect(sent(api, 'UpdateJudge')).toEqual([{ input: { id: 'JudgeAssignment:1', name: '张伟民', affiliation: '鉴定中心', role: 'SCOREKEEPER', username: 'judge' } }]);

    refuse = false;
    await pick(drawer, '职务', '裁判员');
    fireEvent.click(button(drawer, '保存'));
    expect(await screen.findByText('张伟民', { selector: 'td, td *' })).toBeDefined();
  });

  it('adds judges with their aspects, and shows an unknown login under the login field, the form still filled', async () => {
    let unknown = true;
    const api = panelApi([wang], {
      answer: (name) =>
        name === 'AssignJudges' && unknown
          ? {
              assignJudges: {
                judges: null,
                userErrors: [
                  refusal('INVALID', ['judges', '0', 'username'], '第1名裁判 登录名：统一身份认证中没有账号 jugde：请核对拼写，或先创建该账号', '统一身份认证中没有账号 jugde：请核对拼写，或先创建该账号'),
                ],
              },
            }
          : undefined,
    });
    open(api);

    const card = (await screen.findByText('添加裁判')).closest('.ant-card') as HTMLElement;
    fireEvent.change(within(card).getByLabelText('姓名'), { target: { value: '孙丽' } });
    fireEvent.change(within(card).getByLabelText('登录名'), { target: { value: 'jugde' } });
    await pick(card, '评分项', 'P2 试件尺寸');
    fireEvent.click(within(card).getByRole('button', { name: '添加到裁判组' }));

    const problem = await within(card).findByText('统一身份认证中没有账号 jugde：请核对拼写，或先创建该账号');
    expect(within(problem.closest('.ant-form-item') as HTMLElement).getByLabelText('登录名')).toBeDefined();
    expect((within(card).getByLabelText('姓名') as HTMLInputElement).value).toBe('孙丽');
    expect(sent(api, 'AssignJudges')[0]).toEqual({
      input: { eventId: 'Event:1', judges: [{ name: '孙丽', role: 'JUDGE', affiliation: undefined, username: 'jugde', aspects: ['P2'] }] },
    });

    unknown = false;
    fireEvent.change(within(card).getByLabelText('登录名'), { target: { value: 'judge3' } });
    fireEvent.click(within(card).getByRole('button', { name: '添加到裁判组' }));
    const row = await rowOf('孙丽');
    expect(within(row).getByText('P2 试件尺寸')).toBeDefined();
  });

  it('offers no corrections once scoring is closed, and says why', async () => {
    open(panelApi([zhang, zhao], { status: 'SCORING_CLOSED' }));

    const row = await rowOf('张伟');
    expect(within(row).queryAllByRole('button')).toEqual([]);
    expect(screen.getByText('竞赛当前为“评分结束”：评分已结束，裁判组已固定，不能再修改、分配评分项、替换或移除裁判。')).toBeDefined();
    expect(screen.queryByText('添加裁判')).toBeNull();
  });

  it('speaks English, counting the replaced', async () => {
    await act(async () => {
      await changeLanguage('en');
    });
    open(panelApi([zhang, wang, zhao, judge(5, '钱进', { active: false, replacedBy: { id: 'JudgeAssignment:1', name: '张伟' } })]));

    expect(await screen.findByText('2 more were replaced (their marks stay)')).toBeDefined();
    expect(screen.getByText('Login unverified')).toBeDefined();
    expect(screen.getAllByText('Replaced')).toHaveLength(2);
    expect(within(await rowOf('王建国')).getByText('All aspects')).toBeDefined();
  });
});
