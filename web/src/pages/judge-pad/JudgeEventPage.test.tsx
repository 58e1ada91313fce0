import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { fakeApi, renderAt, type Answer } from '../../test/fakeApi';
import { JudgeEventPage } from './JudgeEventPage';

const event = {
  id: 'Event:1',
  name: '焊工',
  conflictPolicy: 'BLOCK',
  doubleEntry: false,
  competition: { id: 'Competition:1', name: '全市职工职业技能大赛', status: 'RUNNING' },
  rounds: [
    {
      code: 'F',
      name: '决赛',
      sequence: 1,
      modules: [
        {
          code: 'P',
          name: '技能操作考核',
          weight: 1,
          aspects: [
            { code: 'P1', name: '焊缝外观', kind: 'JUDGEMENT', maxMark: 10, judges: 2, attempts: 1, difficulty: false, maxSpread: 1.5 as number | null },
            { code: 'P2', name: '试件尺寸', kind: 'MEASUREMENT', maxMark: 20, judges: 1, attempts: 1, difficulty: false, maxSpread: null as number | null },
          ],
        },
      ],
    },
  ],
  judges: [
    { id: 'JudgeAssignment:1', name: '张伟', role: 'JUDGE', username: 'judge', affiliation: '鉴定中心', aspects: [] as string[], active: true, replacedBy: null as null | { id: string; name: string } },
    { id: 'JudgeAssignment:2', name: '王建国', role: 'CHIEF_JUDGE', username: 'chief-judge', affiliation: '市总工会', aspects: [] as string[], active: true, replacedBy: null as null | { id: string; name: string } },
    { id: 'JudgeAssignment:3', name: '刘芳', role: 'SCOREKEEPER', username: 'scorekeeper', affiliation: null, aspects: [] as string[], active: true, replacedBy: null as null | { id: string; name: string } },
  ],
  registrations: {
    totalCount: 3,
    edges: [
      { node: { id: 'Registration:1', bib: '1', affiliation: '城东机械厂', team: null, status: 'APPROVED', competitor: { id: 'Person:1', name: '赵磊' } } },
      { node: { id: 'Registration:2', bib: '2', affiliation: '城西汽修厂', team: null, status: 'APPROVED', competitor: { id: 'Person:2', name: '钱芳' } } },
      { node: { id: 'Registration:3', bib: '3', affiliation: '鉴定中心', team: null, status: 'APPROVED', competitor: { id: 'Person:3', name: '孙强' } } },
    ],
  },
};

/** A diving-like event: the dive's attempts carry a difficulty (难度系数), the entry aspect does not. */
const divingEvent = {
  ...event,
  rounds: [
    {
      ...event.rounds[0],
      modules: [
        {
          code: 'D',
          name: '跳水',
          weight: 1,
          aspects: [
            { code: 'D1', name: '动作完成', kind: 'JUDGEMENT', maxMark: 10, judges: 2, attempts: 2, difficulty: true, maxSpread: null },
            { code: 'D2', name: '入水', kind: 'JUDGEMENT', maxMark: 10, judges: 2, attempts: 1, difficulty: false, maxSpread: null },
          ],
        },
      ],
    },
  ],
};

interface StoredMark {
  aspect: string;
  attempt: number;
  round: string;
  value: number;
  difficulty: number | null;
  judgeId: string;
  registrationId: string;
}

/** A scorekeeper's entry from a paper sheet that waits for a second scorekeeper's (double entry). */
interface PaperEntry {
  registrationId: string;
  round: string;
  aspect: string;
  attempt: number;
  judgeId: string;
  value: number;
  enteredBy: string;
  enteredAt: string;
}

const sameSlot = (a: Omit<PaperEntry, 'value' | 'enteredBy' | 'enteredAt'>, b: Omit<PaperEntry, 'value' | 'enteredBy' | 'enteredAt'>) =>
  a.registrationId === b.registrationId && a.round === b.round && a.aspect === b.aspect && a.attempt === b.attempt && a.judgeId === b.judgeId;

/**
 * A fake API that stores marks as submitMarks does, remembering idempotency keys; `online` switches the network.
 * In a double-entry event a scorekeeper's entry for a judge is kept in `paper` until another scorekeeper typed the
 * same value (or the stored mark has it); slots whose entries differ are its markDiscrepancies.
 */
function judgeApi(username = 'judge', roles = ['judge'], theEvent: typeof event = event) {
  const stored: StoredMark[] = [];
  const paper: PaperEntry[] = [];
  const keys = new Set<string>();
  const places = theEvent.judges.filter((j) => j.username === username && j.active);
  const typesPaper = theEvent.doubleEntry && !roles.includes('organizer') && !places.some((j) => j.role === 'CHIEF_JUDGE');
  const ownId = places.find((j) => j.role !== 'SCOREKEEPER')?.id;
  const discrepancies = (round: unknown) => {
    const slots: PaperEntry[][] = [];
    for (const entry of paper.filter((e) => e.round === round)) {
      const slot = slots.find((s) => sameSlot(s[0], entry));
      if (slot) slot.push(entry);
      else slots.push([entry]);
    }
    return slots
      .filter((entries) => entries.some((e) => e.value !== entries[0].value))
      .map((entries) => {
        const registration = theEvent.registrations.edges.find((e) => e.node.id === entries[0].registrationId)!.node;
        const judge = theEvent.judges.find((j) => j.id === entries[0].judgeId)!;
        return {
          aspect: entries[0].aspect,
          attempt: entries[0].attempt,
          judge: { id: judge.id, name: judge.name },
          registration,
          entries: entries.map((e) => ({ value: e.value, enteredBy: e.enteredBy, enteredAt: e.enteredAt })),
        };
      });
  };
  const storedMarks = (filter: (m: StoredMark) => boolean = () => true) =>
    stored.filter(filter).map((m, i) => ({
      id: `Mark:${i}`,
      aspect: m.aspect,
      attempt: m.attempt,
      round: m.round,
      value: m.value,
      difficulty: m.difficulty,
      conflict: false,
      judge: { id: m.judgeId },
      registration: { id: m.registrationId },
    }));
  const network = {
    online: true,
    refuse: null as null | { index: number; field: string; message: string; problem: string },
    refuseCode: 'INVALID',
    /** What spreadWarnings answers after a save. */
    spreadWarnings: [] as unknown[],
  };
  const api = fakeApi((name, variables): Answer => {
    if (!network.online) return new Error('Failed to fetch');
    switch (name) {
      case 'JudgeEvent':
        return { me: { username, roles }, event: theEvent };
      case 'JudgeEventMarks':
        return { event: { id: 'Event:1', marks: storedMarks() } };
      case 'SubmitMarks': {
        const input = variables.input as { idempotencyKey: string; marks: StoredMark[] };
        if (!keys.has(input.idempotencyKey)) {
          keys.add(input.idempotencyKey);
          input.marks.forEach((m, i) => {
            if (network.refuse?.index === i) return;
            if (typesPaper && m.judgeId !== ownId) {
              const slot = { ...m, difficulty: undefined };
              const confirmed =
                paper.some((e) => sameSlot(e, slot) && e.enteredBy !== username && e.value === m.value) ||
                stored.some((s) => sameSlot(s, slot) && s.value === m.value);
              if (!confirmed) {
                const mine = paper.findIndex((e) => sameSlot(e, slot) && e.enteredBy === username);
                if (mine >= 0) paper.splice(mine, 1);
                paper.push({ ...slot, value: m.value, enteredBy: username, enteredAt: '2026-05-10T10:09:00+08:00' });
                return;
              }
              for (let at = paper.length - 1; at >= 0; at--) if (sameSlot(paper[at], slot)) paper.splice(at, 1);
            }
            const at = stored.findIndex((s) => s.registrationId === m.registrationId && s.aspect === m.aspect && s.attempt === m.attempt && s.judgeId === m.judgeId);
            if (at >= 0) stored[at] = m;
            else stored.push(m);
          });
        }
        const refused = network.refuse;
        return {
          submitMarks: {
            accepted: input.marks.length - (refused ? 1 : 0),
            leaderboardVersion: 1,
            userErrors: refused
              ? [{ code: network.refuseCode, field: ['marks', String(refused.index), refused.field], message: refused.message, problem: refused.problem }]
              : [],
          },
        };
      }
      case 'JudgePadSpreadWarnings':
        return { event: { id: 'Event:1', spreadWarnings: network.spreadWarnings } };
      case 'JudgePadDoubleEntry':
        return {
          event: {
            id: 'Event:1',
            doubleEntry: theEvent.doubleEntry,
            markDiscrepancies: discrepancies(variables.round),
            marks: storedMarks((m) => m.round === variables.round && m.registrationId === variables.registrationId).map(({ id, aspect, attempt, value, difficulty, judge }) => ({
              id,
              aspect,
              attempt,
              value,
              difficulty,
              judge,
            })),
          },
        };
      default:
        throw new Error(`unexpected operation ${name}`);
    }
  });
  return { ...api, stored, paper, keys, network };
}

function renderPad(api: ReturnType<typeof judgeApi>, viewer = { username: 'judge', roles: ['judge'], loading: false }, search = '') {
  return render(renderAt(api.client, `/judge/events/Event%3A1${search}`, '/judge/events/:id', <JudgeEventPage />, viewer));
}

/** The event with its paper sheets entered twice (双人录入). */
const doubleEvent = { ...event, doubleEntry: true };

/** What another scorekeeper typed earlier from 张伟's sheet. */
const earlierEntry = (registrationId: string, aspect: string, value: number): PaperEntry => ({
  registrationId,
  round: 'F',
  aspect,
  attempt: 1,
  judgeId: 'JudgeAssignment:1',
  value,
  enteredBy: 'scorekeeper2',
  enteredAt: '2026-05-10T10:03:00+08:00',
});

const scorekeeper = { username: 'scorekeeper', roles: ['scorekeeper'], loading: false };

const submissions = (api: ReturnType<typeof judgeApi>) => api.operations.filter((o) => o.name === 'SubmitMarks');

// antd screens render slowly in happy-dom on a busy machine
describe('JudgeEventPage', { timeout: 60_000 }, () => {
  it('lists the competitors the judge may mark by bib, leaving out those of the same affiliation (回避)', async () => {
    renderPad(judgeApi());

    expect(await screen.findByRole('button', { name: /赵磊/ })).toBeDefined();
    expect(screen.getByRole('button', { name: /钱芳/ })).toBeDefined();
    expect(screen.queryByRole('button', { name: /孙强/ })).toBeNull();
    expect(screen.getByText('另有 1 名与裁判同单位的选手已回避，不显示。')).toBeDefined();
  });

  it('offers no withdrawn or disqualified competitor for marking, nor counts them among the recused', async () => {
    const edges = [
      ...event.registrations.edges,
      { node: { id: 'Registration:4', bib: '4', affiliation: '城南电厂', team: null, status: 'DISQUALIFIED', competitor: { id: 'Person:4', name: '李强' } } },
      { node: { id: 'Registration:5', bib: '5', affiliation: '鉴定中心', team: null, status: 'DISQUALIFIED', competitor: { id: 'Person:5', name: '周敏' } } },
      { node: { id: 'Registration:6', bib: '6', affiliation: '城北焊接厂', team: null, status: 'WITHDRAWN', competitor: { id: 'Person:6', name: '郑洁' } } },
      { node: { id: 'Registration:7', bib: '7', affiliation: '城北焊接厂', team: null, status: 'PENDING', competitor: { id: 'Person:7', name: '吴刚' } } },
    ];
    renderPad(judgeApi('judge', ['judge'], { ...event, registrations: { totalCount: edges.length, edges } }));

    expect(await screen.findByRole('button', { name: /吴刚/ })).toBeDefined();
    expect(screen.queryByRole('button', { name: /李强/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /郑洁/ })).toBeNull();
    expect(screen.getByText('另有 1 名与裁判同单位的选手已回避，不显示。')).toBeDefined(); // 孙强; 周敏 of the same employer is out anyway
  });

  it('shows each aspect with its allowed range, and sends the marks with the judge and an idempotency key', async () => {
    const api = judgeApi();
    renderPad(api);
    fireEvent.click(await screen.findByRole('button', { name: /赵磊/ }));

    expect(screen.getByText('范围 0–10')).toBeDefined();
    expect(screen.getByText('范围 0–20')).toBeDefined();
    fireEvent.change(screen.getByLabelText('焊缝外观'), { target: { value: '8.5' } });
    fireEvent.change(screen.getByLabelText('试件尺寸'), { target: { value: '17' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /保存评分/ }));
    });

    await waitFor(() => expect(api.stored).toHaveLength(2));
    const [sent] = submissions(api);
    expect(sent.variables.input).toMatchObject({
      eventId: 'Event:1',
      idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
      marks: [
        { registrationId: 'Registration:1', round: 'F', aspect: 'P1', attempt: 1, value: 8.5, judgeId: 'JudgeAssignment:1' },
        { registrationId: 'Registration:1', round: 'F', aspect: 'P2', attempt: 1, value: 17, judgeId: 'JudgeAssignment:1' },
      ],
    });
    expect(await screen.findByText('全部已发送')).toBeDefined();
    await waitFor(() => expect(screen.getAllByText('已保存')).toHaveLength(2));
    expect(within(screen.getByRole('button', { name: /赵磊/ })).getByText('已评完 2/2')).toBeDefined();
  });

  it('shows, per competitor, how many of the marks the judge is expected to give are in: 0/2 before any', async () => {
    const api = judgeApi();
    renderPad(api);

    const zhao = await screen.findByRole('button', { name: /赵磊/ });
    expect(within(zhao).getByText('已评 0/2')).toBeDefined(); // one mark for each aspect's one attempt
    expect(screen.queryByText(/0\/0/)).toBeNull();

    fireEvent.click(zhao);
    fireEvent.change(screen.getByLabelText('焊缝外观'), { target: { value: '8' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /保存评分/ }));
    });
    await waitFor(() => expect(within(screen.getByRole('button', { name: /赵磊/ })).getByText('已评 1/2')).toBeDefined());
    expect(within(screen.getByRole('button', { name: /钱芳/ })).getByText('已评 0/2')).toBeDefined();
  });

  it('has a difficulty field for each attempt of an aspect with a difficulty, and none elsewhere', async () => {
    renderPad(judgeApi('judge', ['judge'], divingEvent));
    fireEvent.click(await screen.findByRole('button', { name: /赵磊/ }));

    expect(await screen.findByLabelText('动作完成 第 1 次 难度系数')).toBeDefined();
    expect(screen.getByLabelText('动作完成 第 2 次 难度系数')).toBeDefined();
    expect(screen.queryByLabelText(/入水.*难度系数/)).toBeNull();
    expect(screen.queryByRole('switch')).toBeNull(); // no switch to turn difficulties on: the scheme says where they are
    expect(within(screen.getByRole('button', { name: /赵磊/ })).getByText('已评 0/3')).toBeDefined();
  });

  it('has no difficulty field where no aspect has one, and sends no difficulty', async () => {
    const api = judgeApi();
    renderPad(api);
    fireEvent.click(await screen.findByRole('button', { name: /赵磊/ }));

    expect(screen.queryByText('难度系数')).toBeNull();
    expect(screen.queryByLabelText(/难度系数/)).toBeNull();
    fireEvent.change(screen.getByLabelText('焊缝外观'), { target: { value: '8' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /保存评分/ }));
    });
    await waitFor(() => expect(api.stored).toHaveLength(1));
    expect(api.stored[0].difficulty).toBeNull();
  });

  it('requires a valid difficulty before sending, and sends it only with the marks of aspects that have one', async () => {
    const api = judgeApi('judge', ['judge'], divingEvent);
    renderPad(api);
    fireEvent.click(await screen.findByRole('button', { name: /赵磊/ }));

    fireEvent.change(await screen.findByLabelText('动作完成 第 1 次'), { target: { value: '8' } });
    fireEvent.change(screen.getByLabelText('入水'), { target: { value: '7' } });
    expect(await screen.findByText('请输入难度系数')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: /保存评分/ }));
    expect(await screen.findByText('请先改正标红的评分')).toBeDefined();

    fireEvent.change(screen.getByLabelText('动作完成 第 1 次 难度系数'), { target: { value: '2.12345' } });
    expect(await screen.findByText('难度系数最多 4 位小数')).toBeDefined();
    fireEvent.change(screen.getByLabelText('动作完成 第 1 次 难度系数'), { target: { value: '0' } });
    expect(await screen.findByText('难度系数须大于 0')).toBeDefined();
    expect(submissions(api)).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('动作完成 第 1 次 难度系数'), { target: { value: '3.2' } });
    await waitFor(() => expect(screen.queryByText('难度系数须大于 0')).toBeNull());
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /保存评分/ }));
    });

    await waitFor(() => expect(api.stored).toHaveLength(2));
    const [sent] = submissions(api);
    expect((sent.variables.input as { marks: unknown[] }).marks).toEqual([
      expect.objectContaining({ aspect: 'D1', attempt: 1, value: 8, difficulty: 3.2 }),
      expect.objectContaining({ aspect: 'D2', attempt: 1, value: 7, difficulty: null }),
    ]);
    await waitFor(() => expect(within(screen.getByRole('button', { name: /赵磊/ })).getByText('已评 2/3')).toBeDefined());
  });

  it('refuses a mark above the maximum before sending', async () => {
    const api = judgeApi();
    renderPad(api);
    fireEvent.click(await screen.findByRole('button', { name: /赵磊/ }));

    fireEvent.change(screen.getByLabelText('焊缝外观'), { target: { value: '11' } });
    fireEvent.blur(screen.getByLabelText('焊缝外观'));
    fireEvent.click(screen.getByRole('button', { name: /保存评分/ }));

    expect(await screen.findByText('评分不能超过 10')).toBeDefined();
    expect(submissions(api)).toHaveLength(0);
  });

  it('keeps the marks while offline (待发送) and sends them once, with the same key, when the network is back', async () => {
    const api = judgeApi();
    renderPad(api);
    fireEvent.click(await screen.findByRole('button', { name: /钱芳/ }));
    api.network.online = false;

    fireEvent.change(screen.getByLabelText('焊缝外观'), { target: { value: '9' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /保存评分/ }));
    });

    expect(await screen.findByText('待发送 1')).toBeDefined();
    expect(screen.getByText('待发送', { selector: 'span span, span' })).toBeDefined();
    expect(api.stored).toHaveLength(0);

    api.network.online = true;
    await act(async () => {
      window.dispatchEvent(new Event('online'));
    });

    expect(await screen.findByText('全部已发送')).toBeDefined();
    expect(api.stored).toEqual([expect.objectContaining({ registrationId: 'Registration:2', aspect: 'P1', value: 9 })]);
    const keys = submissions(api).map((s) => (s.variables.input as { idempotencyKey: string }).idempotencyKey);
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(new Set(keys).size).toBe(1);
  });

  it("shows the API's refusal, in the reader's words as the API wrote them, next to the mark it names", async () => {
    const api = judgeApi();
    api.network.refuse = { index: 0, field: 'value', message: '第1条评分 分值：8 已被另一名裁判的评分占满', problem: '这一次已有所需的 2 个评分' };
    api.network.refuseCode = 'LIMIT_EXCEEDED';
    renderPad(api);
    fireEvent.click(await screen.findByRole('button', { name: /赵磊/ }));

    fireEvent.change(screen.getByLabelText('焊缝外观'), { target: { value: '8' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /保存评分/ }));
    });

    // the problem alone: the field is the input it stands next to, the batch's index means nothing to the judge
    const refusal = await screen.findByText('这一次已有所需的 2 个评分');
    const alert = refusal.closest('[role=alert]') as HTMLElement;
    expect(alert).not.toBeNull();
    expect(alert.id).toBe(screen.getByLabelText('焊缝外观').getAttribute('aria-describedby'));
    expect(screen.getByText('未被接受')).toBeDefined();
    expect(screen.queryByText(/第1条评分/)).toBeNull();
    expect(screen.queryByRole('button', { name: '服务器说明' })).toBeNull();
    await waitFor(() => expect(screen.getByLabelText('焊缝外观').getAttribute('aria-invalid')).toBe('true'));
  });

  it('shows the English refusal to an English reader', async () => {
    await i18n.changeLanguage('en');
    const api = judgeApi();
    api.network.refuse = { index: 0, field: 'aspect', message: 'mark 1, aspect: 张伟 marks only the aspects P2', problem: '张伟 marks only the aspects P2' };
    api.network.refuseCode = 'FORBIDDEN';
    renderPad(api);
    fireEvent.click(await screen.findByRole('button', { name: /赵磊/ }));

    fireEvent.change(screen.getByLabelText('焊缝外观'), { target: { value: '8' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /Save/ }));
    });

    expect(await screen.findByText('张伟 marks only the aspects P2')).toBeDefined();
    await waitFor(() => expect(screen.getByLabelText('焊缝外观').getAttribute('aria-invalid')).toBe('true'));
  });

  it('names a refused difficulty next to the attempt it belongs to', async () => {
    const api = judgeApi('judge', ['judge'], divingEvent);
    api.network.refuse = { index: 0, field: 'difficulty', message: '第1条评分 难度系数：这一次的其他评分的难度系数是 3.0，不是 3.2', problem: '这一次的其他评分的难度系数是 3.0，不是 3.2' };
    api.network.refuseCode = 'CONFLICT';
    renderPad(api);
    fireEvent.click(await screen.findByRole('button', { name: /赵磊/ }));

    fireEvent.change(screen.getByLabelText('动作完成 第 1 次'), { target: { value: '8' } });
    fireEvent.change(screen.getByLabelText('动作完成 第 1 次 难度系数'), { target: { value: '3.2' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /保存评分/ }));
    });

    expect(await screen.findByText('这一次的其他评分的难度系数是 3.0，不是 3.2')).toBeDefined();
    await waitFor(() => expect(screen.getByLabelText('动作完成 第 1 次 难度系数').getAttribute('aria-invalid')).toBe('true'));
  });

  it('says plainly, in the API’s words, that a mark was refused because its module is locked', async () => {
    const api = judgeApi();
    const lock = '轮次 F 模块 P 的评分已锁定（锁定人：chief-judge），只有组织者可以解锁';
    api.network.refuse = { index: 0, field: 'aspect', message: `第1条评分 评分项：${lock}`, problem: lock };
    api.network.refuseCode = 'WRONG_STATE';
    renderPad(api);
    fireEvent.click(await screen.findByRole('button', { name: /赵磊/ }));

    fireEvent.change(screen.getByLabelText('焊缝外观'), { target: { value: '8' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /保存评分/ }));
    });

    // above the sheet, and next to the mark it refused
    await waitFor(() => expect(screen.getAllByText(lock)).toHaveLength(2));
    const banner = screen.getAllByText(lock).map((text) => text.closest('.ant-alert'));
    expect(banner.filter((alert) => alert?.className.includes('ant-alert-error'))).toHaveLength(1);
    // nothing was accepted: no spread to look at
    expect(api.operations.filter((o) => o.name === 'JudgePadSpreadWarnings')).toHaveLength(0);
  });

  it('warns, once the marks are saved, of the marked competitor’s attempts outside the allowed spread', async () => {
    const api = judgeApi();
    const registration = (n: number, bib: string, name: string) => ({ id: `Registration:${n}`, bib, team: null, competitor: { id: `Person:${n}`, name } });
    api.network.spreadWarnings = [
      { aspect: 'P1', attempt: 1, values: [8.5, 6], spread: 2.5, registration: registration(1, '1', '赵磊') },
      { aspect: 'P1', attempt: 1, values: [9, 5], spread: 4, registration: registration(2, '2', '钱芳') },
    ];
    renderPad(api);
    fireEvent.click(await screen.findByRole('button', { name: /赵磊/ }));

    fireEvent.change(screen.getByLabelText('焊缝外观'), { target: { value: '8.5' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /保存评分/ }));
    });

    expect(await screen.findByText('参赛号 1 赵磊 · 焊缝外观 第 1 次：各裁判评分 8.5 / 6，分差 2.5，允许 1.5')).toBeDefined();
    expect(screen.getByText('分差超出允许范围：评分已保存并计分，请裁判组讨论核实')).toBeDefined();
    // only the competitor just marked
    expect(screen.queryByText(/钱芳 · 焊缝外观/)).toBeNull();
    expect(api.operations.filter((o) => o.name === 'JudgePadSpreadWarnings').map((o) => o.variables)).toEqual([{ id: 'Event:1', round: 'F' }]);
  });

  it('lets a scorekeeper enter a paper sheet for a chosen judge', async () => {
    const api = judgeApi('scorekeeper', ['scorekeeper']);
    renderPad(api, { username: 'scorekeeper', roles: ['scorekeeper'], loading: false });

    expect(await screen.findByText('请先选择要代录的裁判。')).toBeDefined();
    expect(screen.getByText(/记分员模式/)).toBeDefined();
  });

  it('has no judge to pick when the panel has one marking judge: the scorekeeper enters that judge’s sheet', async () => {
    const onePanel = { ...event, judges: event.judges.filter((j) => j.role !== 'CHIEF_JUDGE') };
    renderPad(judgeApi('scorekeeper', ['scorekeeper'], onePanel), { username: 'scorekeeper', roles: ['scorekeeper'], loading: false });

    expect(await screen.findByText('代录裁判：张伟（裁判员）')).toBeDefined();
    expect(screen.queryByRole('combobox', { name: '代录裁判' })).toBeNull();
    expect(screen.queryByText('请先选择要代录的裁判。')).toBeNull();
    // 张伟's own affiliation is recused: 孙强 is not listed for his sheet either
    expect(within(screen.getByRole('button', { name: /赵磊/ })).getByText('已评 0/2')).toBeDefined();
  });

  it('shows a judge given aspects only those, and counts only them', async () => {
    // 张伟 is in the judge group of 焊缝外观 only (WorldSkills: judge groups per aspect)
    const grouped = { ...event, judges: event.judges.map((j) => (j.id === 'JudgeAssignment:1' ? { ...j, aspects: ['P1'] } : j)) };
    const api = judgeApi('judge', ['judge'], grouped);
    renderPad(api);

    const zhao = await screen.findByRole('button', { name: /赵磊/ });
    expect(within(zhao).getByText('已评 0/1')).toBeDefined();
    expect(screen.getByText('您负责的评分项：焊缝外观。只显示这些，进度也只计这些。')).toBeDefined();
    fireEvent.click(zhao);
    expect(await screen.findByLabelText('焊缝外观')).toBeDefined();
    expect(screen.queryByLabelText('试件尺寸')).toBeNull();

    fireEvent.change(screen.getByLabelText('焊缝外观'), { target: { value: '8' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /保存评分/ }));
    });
    await waitFor(() => expect(within(screen.getByRole('button', { name: /赵磊/ })).getByText('已评完 1/1')).toBeDefined());
    expect((submissions(api)[0].variables.input as { marks: { aspect: string }[] }).marks.map((m) => m.aspect)).toEqual(['P1']);
  });

  it('shows a scorekeeper entering a judge’s sheet only that judge’s aspects', async () => {
    const grouped = { ...event, judges: event.judges.map((j) => (j.id === 'JudgeAssignment:2' ? { ...j, aspects: ['P2'] } : j)) };
    renderPad(judgeApi('scorekeeper', ['scorekeeper'], grouped), { username: 'scorekeeper', roles: ['scorekeeper'], loading: false });

    const picker = await screen.findByRole('combobox', { name: '代录裁判' });
    await act(async () => {
      fireEvent.mouseDown(picker);
    });
    const option = await waitFor(() => {
      const found = Array.from(document.querySelectorAll('.ant-select-item-option')).find((o) => o.textContent?.includes('王建国'));
      expect(found).toBeDefined();
      return found as HTMLElement;
    });
    await act(async () => {
      fireEvent.click(option);
    });

    expect(await screen.findByText('王建国 负责的评分项：试件尺寸。只显示这些，进度也只计这些。')).toBeDefined();
    const sun = await screen.findByRole('button', { name: /孙强/ }); // 王建国 is not of 孙强's unit: no recusal
    expect(within(sun).getByText('已评 0/1')).toBeDefined();
    fireEvent.click(sun);
    expect(await screen.findByLabelText('试件尺寸')).toBeDefined();
    expect(screen.queryByLabelText('焊缝外观')).toBeNull();
  });

  it('offers a replaced judge’s place to nobody: not in the scorekeeper’s picker, not to the judge', async () => {
    const successor = { id: 'JudgeAssignment:4', name: '李娜', role: 'JUDGE', username: 'judge2', affiliation: null, aspects: [] as string[], active: true, replacedBy: null };
    const replaced = {
      ...event,
      judges: [
        ...event.judges.map((j) => (j.id === 'JudgeAssignment:1' ? { ...j, active: false, replacedBy: { id: successor.id, name: successor.name } } : j)),
        successor,
      ],
    };
    renderPad(judgeApi('scorekeeper', ['scorekeeper'], replaced), { username: 'scorekeeper', roles: ['scorekeeper'], loading: false });

    const picker = await screen.findByRole('combobox', { name: '代录裁判' });
    await act(async () => {
      fireEvent.mouseDown(picker);
    });
    await waitFor(() => expect(document.querySelectorAll('.ant-select-item-option').length).toBe(2));
    expect(Array.from(document.querySelectorAll('.ant-select-item-option'), (o) => o.textContent)).toEqual(['王建国（裁判长）', '李娜（裁判员）']);
  });

  it('tells a replaced judge who took over, and offers nothing to mark', async () => {
    const replaced = {
      ...event,
      judges: event.judges.map((j) => (j.id === 'JudgeAssignment:1' ? { ...j, active: false, replacedBy: { id: 'JudgeAssignment:4', name: '李娜' } } : j)),
    };
    renderPad(judgeApi('judge', ['judge'], replaced));

    expect(await screen.findByText('您在本赛项的裁判位置已由 李娜 接替')).toBeDefined();
    expect(screen.getByText('您已给出的评分保留并照常计分，但不能再评分。')).toBeDefined();
    expect(screen.queryByRole('button', { name: /赵磊/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /保存评分/ })).toBeNull();
  });

  it('tells a scorekeeper of a double-entry event which paper entries still wait for a second scorekeeper', async () => {
    const api = judgeApi('scorekeeper', ['scorekeeper'], doubleEvent);
    api.paper.push(earlierEntry('Registration:1', 'P2', 17)); // 试件尺寸 17 typed by another scorekeeper: the same value confirms it
    renderPad(api, scorekeeper, '?judge=JudgeAssignment%3A1&competitor=Registration%3A1');

    expect(await screen.findByText('双人录入')).toBeDefined();
    fireEvent.change(await screen.findByLabelText('焊缝外观'), { target: { value: '8' } });
    fireEvent.change(screen.getByLabelText('试件尺寸'), { target: { value: '17' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /保存评分/ }));
    });

    const title = await screen.findByText('纸质评分表双人录入：1 项已录入，等待第二位记分员核对');
    const alert = title.closest('.ant-alert') as HTMLElement;
    expect(alert.className).toContain('ant-alert-info');
    expect(within(alert).getByText('参赛号 1 赵磊 · 裁判 张伟 · 焊缝外观 第 1 次：8')).toBeDefined();
    expect(within(alert).queryByText(/试件尺寸/)).toBeNull(); // confirmed: it is a mark now
    expect(api.stored).toEqual([expect.objectContaining({ registrationId: 'Registration:1', aspect: 'P2', value: 17, judgeId: 'JudgeAssignment:1' })]);
    expect(screen.queryByText(/评分分歧/)).toBeNull();
    expect(api.operations.filter((o) => o.name === 'JudgePadDoubleEntry').map((o) => o.variables)).toEqual([
      { id: 'Event:1', round: 'F', registrationId: 'Registration:1' },
    ]);
  });

  it('warns a scorekeeper whose entry differs from another scorekeeper’s, for the chief judge to settle', async () => {
    const api = judgeApi('scorekeeper', ['scorekeeper'], doubleEvent);
    api.paper.push(earlierEntry('Registration:1', 'P1', 7.5), earlierEntry('Registration:2', 'P1', 6), {
      ...earlierEntry('Registration:2', 'P1', 6.5),
      enteredBy: 'scorekeeper3',
    });
    renderPad(api, scorekeeper, '?judge=JudgeAssignment%3A1&competitor=Registration%3A1');

    fireEvent.change(await screen.findByLabelText('焊缝外观'), { target: { value: '7' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /保存评分/ }));
    });

    const warning = await screen.findByText('评分分歧：参赛号 1 赵磊 · 裁判 张伟 · 焊缝外观 第 1 次 —— 您录入 7，另一位记分员录入 7.5；请裁判长裁定');
    expect((warning.closest('.ant-alert') as HTMLElement).className).toContain('ant-alert-warning');
    // only the competitor just entered; the entry in dispute does not wait for a second scorekeeper
    expect(screen.queryByText(/钱芳/, { selector: '.ant-alert *' })).toBeNull();
    expect(screen.queryByText(/等待第二位记分员核对/)).toBeNull();
    expect(api.stored).toEqual([]);
  });

  it('says nothing of double entry for a judge’s own marks: they count at once', async () => {
    const api = judgeApi('judge', ['judge'], doubleEvent);
    renderPad(api);
    fireEvent.click(await screen.findByRole('button', { name: /赵磊/ }));

    expect(screen.getByText('双人录入')).toBeDefined();
    fireEvent.change(screen.getByLabelText('焊缝外观'), { target: { value: '8' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /保存评分/ }));
    });

    await waitFor(() => expect(api.operations.some((o) => o.name === 'JudgePadSpreadWarnings')).toBe(true));
    expect(api.stored).toEqual([expect.objectContaining({ aspect: 'P1', value: 8, judgeId: 'JudgeAssignment:1' })]);
    expect(api.operations.filter((o) => o.name === 'JudgePadDoubleEntry')).toEqual([]);
    expect(screen.queryByText(/等待第二位记分员核对|评分分歧/)).toBeNull();
  });

  it('says nothing of double entry for a chief judge entering a sheet: it counts at once', async () => {
    const api = judgeApi('chief-judge', ['judge'], doubleEvent);
    renderPad(api, { username: 'chief-judge', roles: ['judge'], loading: false }, '?mode=sheet&judge=JudgeAssignment%3A1&competitor=Registration%3A1');

    fireEvent.change(await screen.findByLabelText('焊缝外观'), { target: { value: '8' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /保存评分/ }));
    });

    await waitFor(() => expect(api.operations.some((o) => o.name === 'JudgePadSpreadWarnings')).toBe(true));
    expect(api.stored).toEqual([expect.objectContaining({ aspect: 'P1', value: 8, judgeId: 'JudgeAssignment:1' })]);
    expect(api.operations.filter((o) => o.name === 'JudgePadDoubleEntry')).toEqual([]);
    expect(screen.queryByText(/等待第二位记分员核对|评分分歧/)).toBeNull();
  });

  it('says nothing of double entry, and shows no tag, when the event does not enter sheets twice', async () => {
    const api = judgeApi('scorekeeper', ['scorekeeper']);
    renderPad(api, scorekeeper, '?judge=JudgeAssignment%3A1&competitor=Registration%3A1');

    fireEvent.change(await screen.findByLabelText('焊缝外观'), { target: { value: '8' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /保存评分/ }));
    });

    await waitFor(() => expect(api.operations.some((o) => o.name === 'JudgePadSpreadWarnings')).toBe(true));
    expect(api.stored).toEqual([expect.objectContaining({ aspect: 'P1', value: 8, judgeId: 'JudgeAssignment:1' })]);
    expect(api.operations.filter((o) => o.name === 'JudgePadDoubleEntry')).toEqual([]);
    expect(screen.queryByText('双人录入')).toBeNull();
    expect(screen.queryByText(/等待第二位记分员核对|评分分歧/)).toBeNull();
  });

  it('speaks English with the right plurals', async () => {
    await i18n.changeLanguage('en');
    renderPad(judgeApi());
    const zhao = await screen.findByRole('button', { name: /赵磊/ });
    expect(within(zhao).getByText('0 of 2 marked')).toBeDefined();
    expect(screen.getByText('1 more competitor, of the judge’s own affiliation, is not shown (recusal).')).toBeDefined();

    fireEvent.click(zhao);
    fireEvent.change(await screen.findByLabelText('焊缝外观'), { target: { value: '8' } });
    expect(await screen.findByRole('button', { name: 'Save 1 mark' })).toBeDefined();
    fireEvent.change(screen.getByLabelText('试件尺寸'), { target: { value: '17' } });
    expect(await screen.findByRole('button', { name: 'Save 2 marks' })).toBeDefined();
  });
});
