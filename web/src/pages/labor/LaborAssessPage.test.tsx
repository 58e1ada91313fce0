import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../i18n';
import { rawEnumCodesIn } from '../../i18n/rawEnumCodes';
import { fakeApi, renderAt, type Answer } from '../../test/fakeApi';
import { LaborAssessPage } from './LaborAssessPage';

// A busy machine renders antd slowly: wait up to 10 s for what a test awaits (findBy…, waitFor), never a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

const aspect = (code: string, name: string, maxMark: number, effect: string) => ({ code, name, maxMark, effect });

/** Two two-month periods on the indicators of LaborCompetitionChainTest (比质量, 比安全 with its veto item, 比进度). */
const period = (n: number, startsOn: string, endsOn: string) => ({
  code: `P${n}`,
  name: `第${n}考核期`,
  sequence: n,
  startsOn,
  endsOn,
  modules: [
    { code: 'quality', name: '比质量', baseScore: 30, maxScore: null, aspects: [aspect('Q-DED', '质量问题扣分', 30, 'DEDUCT')] },
    {
      code: 'safety',
      name: '比安全',
      baseScore: 30,
      maxScore: null,
      aspects: [aspect('S-DED', '安全隐患扣分', 30, 'DEDUCT'), aspect('S-VETO', '重大安全事故', 1, 'VETO')],
    },
    { code: 'progress', name: '比进度', baseScore: 0, maxScore: 30, aspects: [aspect('P', '进度完成', 30, 'ADD')] },
  ],
});

const unit = (n: number, team: string, status = 'APPROVED') => ({ id: `Registration:${n}`, bib: String(n), team, status, competitor: { id: `Person:${n}`, name: `项目经理${n}` } });

const scorekeeper = { id: 'JudgeAssignment:1', name: '刘芳', role: 'SCOREKEEPER', active: true };
const assessmentGroup = { id: 'JudgeAssignment:2', name: '竞赛考核组', role: 'JUDGE', active: true };

function assessment(status = 'RUNNING', judges = [scorekeeper, assessmentGroup]) {
  return {
    event: {
      id: 'Event:3',
      name: '六比一创综合考评',
      scoreDecimals: 2,
      competition: { id: 'Competition:7', name: '2026年莱芜区重点工程劳动竞赛', kind: 'LABOR', status },
      rounds: [period(2, '2026-05-01', '2026-06-30'), period(1, '2026-03-01', '2026-04-30')],
      judges,
      registrations: { edges: [unit(1, '一标段项目部'), unit(2, '二标段项目部'), unit(3, '三标段项目部', 'WITHDRAWN')].map((node) => ({ node })) },
    },
  };
}

interface Mark {
  round: string;
  aspect: string;
  value: number;
  note?: string | null;
  registration: string;
  judge?: string;
}

const toApi = (m: Mark, i: number) => ({
  id: `Mark:${i}`,
  round: m.round,
  aspect: m.aspect,
  attempt: 1,
  value: m.value,
  note: m.note ?? null,
  registration: { id: m.registration },
  judge: { id: m.judge ?? assessmentGroup.id },
});

const storedP1: Mark[] = [
  { round: 'P1', aspect: 'Q-DED', value: 2, registration: 'Registration:1' },
  { round: 'P1', aspect: 'S-DED', value: 3, note: '3月12日安全检查：未系安全带，扣3分', registration: 'Registration:1' },
  { round: 'P1', aspect: 'S-VETO', value: 0, registration: 'Registration:1' },
  { round: 'P1', aspect: 'P', value: 28, registration: 'Registration:1' },
  // another judge's mark is not the assessment group's: not in the sheet
  { round: 'P1', aspect: 'P', value: 17, registration: 'Registration:2', judge: 'JudgeAssignment:9' },
];

const entry = (n: number, team: string, more: Record<string, unknown>) => ({
  rank: null,
  total: null,
  roundTotal: null,
  complete: true,
  award: null,
  vetoed: false,
  vetoReasons: [],
  registration: { id: `Registration:${n}`, bib: String(n), team, competitor: { id: `Person:${n}`, name: `项目经理${n}` } },
  ...more,
});

function standings(round: string) {
  const entries =
    round === 'P2'
      ? [
          entry(1, '一标段项目部', { rank: 1, roundTotal: 92, total: 185 }),
          entry(2, '二标段项目部', { roundTotal: 96, total: 190, vetoed: true, vetoReasons: ['P2/S-VETO'] }),
        ]
      : [entry(2, '二标段项目部', { rank: 1, roundTotal: 94, total: 94, award: '先进集体' }), entry(1, '一标段项目部', { rank: 2, roundTotal: 93, total: 93 })];
  return {
    event: {
      id: 'Event:3',
      rounds: [
        { code: 'P2', bannerHolders: [{ id: 'Registration:1', team: '一标段项目部', competitor: { id: 'Person:1', name: '项目经理1' } }] },
        { code: 'P1', bannerHolders: [{ id: 'Registration:2', team: '二标段项目部', competitor: { id: 'Person:2', name: '项目经理2' } }] },
      ],
      leaderboard: { round, version: 3, entries },
    },
  };
}

type SubmitInput = { eventId: string; idempotencyKey: string; marks: (Omit<Mark, 'registration' | 'judge'> & { registrationId: string; judgeId: string; attempt: number })[] };

/**
 * The assessment screen at `path` against a fake API that keeps the marks it is sent (as submitMarks stores them),
 * unless `refuse` answers a submission first.
 */
function show(path: string, { status = 'RUNNING', judges = [scorekeeper, assessmentGroup], refuse }: { status?: string; judges?: typeof scorekeeper[]; refuse?: (input: SubmitInput) => Answer } = {}) {
  const marks = [...storedP1];
  const api = fakeApi((name, variables) => {
    if (name === 'LaborAssessment') return assessment(status, judges);
    if (name === 'LaborMarks') return { event: { id: 'Event:3', marks: marks.filter((m) => m.round === variables.round).map(toApi) } };
    if (name === 'LaborStandings') return standings(String(variables.round));
    if (name === 'SubmitMarks') {
      const input = variables.input as SubmitInput;
      if (refuse) return refuse(input);
      for (const m of input.marks) {
        const at = marks.findIndex((s) => s.round === m.round && s.aspect === m.aspect && s.registration === m.registrationId && (s.judge ?? assessmentGroup.id) === m.judgeId);
        const stored = { round: m.round, aspect: m.aspect, value: m.value, note: m.note, registration: m.registrationId, judge: m.judgeId };
        if (at >= 0) marks[at] = stored;
        else marks.push(stored);
      }
      return { submitMarks: { accepted: input.marks.length, leaderboardVersion: 4, userErrors: [] } };
    }
    throw new Error(`unexpected ${name}`);
  });
  render(renderAt(api.client, path, '/labor/events/:id/assess/:round?', <LaborAssessPage />, { username: 'laiwu-organizer', roles: ['organizer'], loading: false }));
  return api;
}

const sent = (api: ReturnType<typeof fakeApi>, name: string) => api.operations.filter((op) => op.name === name);
const cell = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.change(cell(label), { target: { value } });

/** Opens a cell's note and types it. */
async function writeNote(label: string, note: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: `填写备注：${label}` }));
  });
  fireEvent.change(await screen.findByRole('textbox', { name: `${label} 备注` }), { target: { value: note } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '完成' }));
  });
}

describe('考核评分: a period of a labor event', { timeout: 60_000 }, () => {
  it('loads the assessment group’s stored marks into the cells, units × indicators by module', async () => {
    const api = show('/labor/events/Event:3/assess/P1');
    await waitFor(() => expect(cell('一标段项目部 质量问题扣分').value).toBe('2'));

    expect(cell('一标段项目部 安全隐患扣分').value).toBe('3');
    expect(cell('一标段项目部 进度完成').value).toBe('28');
    // the note is on its cell's icon
    expect(screen.getByRole('button', { name: '填写备注：一标段项目部 安全隐患扣分' }).getAttribute('title')).toBe('3月12日安全检查：未系安全带，扣3分');
    expect(screen.getByRole('button', { name: '填写备注：一标段项目部 质量问题扣分' }).getAttribute('title')).toBeNull();
    // the veto item is a switch, off (0)
    expect(screen.getByRole('switch', { name: '一标段项目部 重大安全事故' }).getAttribute('aria-checked')).toBe('false');
    // another judge's mark is not the sheet's; the withdrawn unit is not assessed
    expect(cell('二标段项目部 进度完成').value).toBe('');
    expect(screen.queryByLabelText('三标段项目部 进度完成')).toBeNull();
    // modules over their indicators, with the base score, the cap and the kind of indicator
    for (const text of ['比质量', '比安全', '比进度', '（基础分 30）', '（上限 30）', '重大安全事故']) expect(screen.getAllByText(text).length).toBeGreaterThan(0);
    const header = document.querySelector('thead') as HTMLElement;
    expect(within(header).getAllByText('扣分项')).toHaveLength(2);
    expect(within(header).getAllByText('0–30')).toHaveLength(3);
    expect(screen.getAllByText('一票否决').length).toBeGreaterThan(0);
    // the marks are entered for the panel's first judge, not the scorekeeper
    expect(screen.getByText('考核分记在：竞赛考核组')).toBeDefined();
    expect(screen.getByRole('combobox', { name: '考核周期' })).toBeDefined();
    expect(screen.getByText('第1考核期（2026-03-01 ~ 2026-04-30）')).toBeDefined();
    expect(sent(api, 'LaborMarks')[0].variables).toEqual({ id: 'Event:3', round: 'P1' });
    expect(rawEnumCodesIn(document.body.textContent ?? '')).toEqual([]);
  });

  it('saves only the changed cells with their notes, for the first judge, with one key per save, then reloads', async () => {
    const api = show('/labor/events/Event:3/assess/P1');
    await waitFor(() => expect(cell('一标段项目部 质量问题扣分').value).toBe('2'));

    type('一标段项目部 质量问题扣分', '4');
    type('二标段项目部 安全隐患扣分', '5');
    await writeNote('二标段项目部 安全隐患扣分', '  3月20日检查：临边防护缺失  ');
    expect(await screen.findByText('2 项未保存')).toBeDefined();
    const reloads = { marks: sent(api, 'LaborMarks').length, standings: sent(api, 'LaborStandings').length };

    fireEvent.click(screen.getByRole('button', { name: '保存考核' }));

    await waitFor(() => expect(sent(api, 'SubmitMarks')).toHaveLength(1));
    const input = sent(api, 'SubmitMarks')[0].variables.input as SubmitInput;
    expect(input.eventId).toBe('Event:3');
    expect(input.idempotencyKey).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const judge = { round: 'P1', attempt: 1, judgeId: 'JudgeAssignment:2' };
    expect(input.marks).toEqual([
      { registrationId: 'Registration:1', aspect: 'Q-DED', value: 4, note: null, ...judge },
      { registrationId: 'Registration:2', aspect: 'S-DED', value: 5, note: '3月20日检查：临边防护缺失', ...judge },
      // the unit's veto item not assessed yet: saved as 0 (未发生) with its first marks
      { registrationId: 'Registration:2', aspect: 'S-VETO', value: 0, note: null, ...judge },
    ]);
    expect(await screen.findByText('已保存 3 项考核分')).toBeDefined();
    // marks and standings asked again, past the cache; the saved values stay, nothing is left unsaved
    await waitFor(() => expect(sent(api, 'LaborMarks').length).toBeGreaterThan(reloads.marks));
    await waitFor(() => expect(sent(api, 'LaborStandings').length).toBeGreaterThan(reloads.standings));
    await waitFor(() => expect(screen.queryByText(/项未保存/)).toBeNull());
    expect(cell('二标段项目部 安全隐患扣分').value).toBe('5');
    expect(screen.getByRole('button', { name: '填写备注：二标段项目部 安全隐患扣分' }).getAttribute('title')).toBe('3月20日检查：临边防护缺失');

    // a second save: its own key, and only what changed since
    fireEvent.click(screen.getByRole('switch', { name: '二标段项目部 重大安全事故' }));
    fireEvent.click(screen.getByRole('button', { name: '保存考核' }));
    await waitFor(() => expect(sent(api, 'SubmitMarks')).toHaveLength(2));
    const second = sent(api, 'SubmitMarks')[1].variables.input as SubmitInput;
    expect(second.idempotencyKey).not.toBe(input.idempotencyKey);
    expect(second.marks).toEqual([{ registrationId: 'Registration:2', aspect: 'S-VETO', value: 1, note: null, ...judge }]);
  });

  it('asks for a value before sending a note alone, and sends nothing then', async () => {
    const api = show('/labor/events/Event:3/assess/P1');
    await waitFor(() => expect(cell('一标段项目部 质量问题扣分').value).toBe('2'));

    await writeNote('二标段项目部 质量问题扣分', '未检查');
    fireEvent.click(screen.getByRole('button', { name: '保存考核' }));

    const problem = await screen.findByText('请填写分值');
    expect(problem.closest('td')).toBe(cell('二标段项目部 质量问题扣分').closest('td'));
    expect(sent(api, 'SubmitMarks')).toHaveLength(0);
  });

  it('shows each refusal at the cell it names, keeps what was typed, and the rest in an alert', async () => {
    show('/labor/events/Event:3/assess/P1', {
      refuse: () => ({
        submitMarks: {
          accepted: 0,
          leaderboardVersion: null,
          userErrors: [
            { field: ['marks', '1', 'value'], message: '第2条评分 分值：竞赛考核组不评此项', problem: '竞赛考核组不评此项', code: 'FORBIDDEN' },
            { field: ['marks', '0', 'note'], message: '第1条评分 备注：最多 500 个字', problem: '最多 500 个字', code: 'LIMIT_EXCEEDED' },
            { field: null, message: '竞赛当前为“评分结束”，不能再评分', problem: '竞赛当前为“评分结束”，不能再评分', code: 'WRONG_STATE' },
          ],
        },
      }),
    });
    await waitFor(() => expect(cell('一标段项目部 质量问题扣分').value).toBe('2'));

    await writeNote('一标段项目部 质量问题扣分', '复查');
    type('一标段项目部 安全隐患扣分', '6');
    fireEvent.click(screen.getByRole('button', { name: '保存考核' }));

    const refused = await screen.findByText('竞赛考核组不评此项');
    expect(refused.closest('td')).toBe(cell('一标段项目部 安全隐患扣分').closest('td'));
    const noteRefused = screen.getByText('最多 500 个字');
    expect(noteRefused.closest('td')).toBe(cell('一标段项目部 质量问题扣分').closest('td'));
    expect(screen.getByText('竞赛当前为“评分结束”，不能再评分')).toBeDefined();
    expect(cell('一标段项目部 安全隐患扣分').value).toBe('6');
    expect(screen.getByText('2 项未保存')).toBeDefined();

    // correcting the cell takes its refusal away
    type('一标段项目部 安全隐患扣分', '5');
    await waitFor(() => expect(screen.queryByText('竞赛考核组不评此项')).toBeNull());
    expect(screen.getByText('最多 500 个字')).toBeDefined();
  });

  it('shows the cumulative standings with the rotating banner, the veto and its reason, and every period’s banner', async () => {
    show('/labor/events/Event:3/assess/P2');
    const standings = (await screen.findByText('累计排名：第2考核期')).closest('.ant-card') as HTMLElement;
    await within(standings).findByText('一标段项目部');

    const row = (team: string) => within(standings).getByText(team).closest('tr') as HTMLElement;
    const first = row('一标段项目部');
    expect(within(first).getByText('流动红旗')).toBeDefined();
    expect(within(first).getByText('92.00')).toBeDefined();
    expect(within(first).getByText('185.00')).toBeDefined();
    expect(within(first).queryByText('一票否决')).toBeNull();

    const vetoed = row('二标段项目部');
    const tag = within(vetoed).getByText('一票否决');
    expect(tag.closest('.ant-tag')?.className).toContain('red');
    expect(within(vetoed).getByText('否决原因：第2考核期 重大安全事故')).toBeDefined();
    expect(within(vetoed).queryByText('流动红旗')).toBeNull();
    // its totals are shown, without a rank
    expect(within(vetoed).getByText('96.00')).toBeDefined();
    expect(within(vetoed).getByText('190.00')).toBeDefined();
    expect(vetoed.querySelector('td')?.textContent).toBe('—');

    expect(within(standings).getByTestId('banner-line').textContent).toBe('流动红旗：第1考核期 二标段项目部；第2考核期 一标段项目部');
  });

  it('switches periods by the picker, loading that period’s marks and standings', async () => {
    const api = show('/labor/events/Event:3/assess/P1');
    await waitFor(() => expect(cell('一标段项目部 质量问题扣分').value).toBe('2'));

    const picker = screen.getByRole('combobox', { name: '考核周期' });
    await act(async () => {
      fireEvent.mouseDown(picker);
    });
    const option = await waitFor(() => {
      const found = Array.from(document.querySelectorAll('.ant-select-dropdown .ant-select-item-option')).find((o) => o.textContent === '第2考核期（2026-05-01 ~ 2026-06-30）');
      expect(found).toBeDefined();
      return found as HTMLElement;
    });
    await act(async () => {
      fireEvent.click(option);
    });

    await waitFor(() => expect(sent(api, 'LaborMarks').some((op) => op.variables.round === 'P2')).toBe(true));
    await waitFor(() => expect(cell('一标段项目部 质量问题扣分').value).toBe(''));
    expect(await screen.findByText('累计排名：第2考核期')).toBeDefined();
  });

  it('says when the panel has no judge to enter the marks for, and links to the panel', async () => {
    show('/labor/events/Event:3/assess/P1', { judges: [scorekeeper] });
    expect(await screen.findByText(/裁判组还没有裁判员/)).toBeDefined();
    expect(screen.getByRole('link', { name: '去设置裁判组' }).getAttribute('href')).toBe('/events/Event%3A3?tab=judges');
    expect(((await screen.findByRole('button', { name: '保存考核' })) as HTMLButtonElement).disabled).toBe(true);
  });

  it('takes no marks before the competition runs, and says so', async () => {
    show('/labor/events/Event:3/assess/P1', { status: 'REGISTRATION' });
    expect(await screen.findByText('竞赛当前为“报名中”，竞赛进行中（比赛中）才能录入考核分。')).toBeDefined();
    await waitFor(() => expect(cell('一标段项目部 质量问题扣分').value).toBe('2'));
    expect(cell('一标段项目部 质量问题扣分').disabled).toBe(true);
    expect((screen.getByRole('button', { name: '保存考核' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('reads in English', async () => {
    show('/labor/events/Event:3/assess/P2');
    await screen.findByText('累计排名：第2考核期');
    await act(async () => {
      await changeLanguage('en');
    });
    expect(await screen.findByText('Cumulative standings: 第2考核期')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Save assessment' })).toBeDefined();
    expect(screen.getByText('Vetoed for: 第2考核期 重大安全事故')).toBeDefined();
    expect(screen.getByRole('combobox', { name: 'Assessment period' })).toBeDefined();
  });
});

/** An .xlsx of these rows, as the assessor's spreadsheet would save it. */
async function xlsx(rows: (string | number | null)[][], name = '考核表.xlsx') {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const blob = await writeXlsxFile(rows.map((row) => row.map((value) => (value === null ? null : { value, type: typeof value === 'number' ? Number : String })))).toBlob();
  return new File([blob], name);
}

/** Opens 导入考核表 and chooses the file. */
async function importSheet(file: File) {
  await waitFor(() => expect(cell('一标段项目部 质量问题扣分').value).toBe('2'));
  fireEvent.click(screen.getByRole('button', { name: /导入考核表|Import sheet/ }));
  const drawer = await screen.findByRole('dialog');
  fireEvent.change(drawer.querySelector('input[type=file]')!, { target: { files: [file] } });
  return drawer;
}

const sheetHeader = ['参赛单位', '质量问题扣分', '安全隐患扣分', '安全隐患扣分 备注', '重大安全事故', '进度完成'];

describe('导入考核表: a period’s marks from a spreadsheet', { timeout: 60_000 }, () => {
  it('shows the rows it read, then submits every unit’s marks as the typed entry saves them', async () => {
    const api = show('/labor/events/Event:3/assess/P1');
    const drawer = await importSheet(await xlsx([sheetHeader, ['一标段项目部', 2, 4, '3月20日复查：已整改', null, 29], ['2', 3, 5, null, 1, 20]]));

    expect(await within(drawer).findByText('“考核表.xlsx”共 2 行，没有发现错误。')).toBeDefined();
    // the unit given by its bib is named beside it
    expect(within(within(drawer).getByText('二标段项目部').closest('tr')!).getByText('20')).toBeDefined();
    expect(sent(api, 'SubmitMarks')).toHaveLength(0); // nothing before the assessor submits
    fireEvent.click(within(drawer).getByRole('button', { name: '提交 2 个单位的分数' }));

    await waitFor(() => expect(sent(api, 'SubmitMarks')).toHaveLength(1));
    const input = sent(api, 'SubmitMarks')[0].variables.input as SubmitInput;
    const judge = { round: 'P1', attempt: 1, judgeId: 'JudgeAssignment:2' };
    expect(input.marks).toEqual([
      // 质量问题扣分 2 is stored already: not sent; 3月12日's note is replaced by the sheet's
      { registrationId: 'Registration:1', aspect: 'S-DED', value: 4, note: '3月20日复查：已整改', ...judge },
      { registrationId: 'Registration:1', aspect: 'P', value: 29, note: null, ...judge },
      { registrationId: 'Registration:2', aspect: 'Q-DED', value: 3, note: null, ...judge },
      { registrationId: 'Registration:2', aspect: 'S-DED', value: 5, note: null, ...judge },
      { registrationId: 'Registration:2', aspect: 'S-VETO', value: 1, note: null, ...judge },
      { registrationId: 'Registration:2', aspect: 'P', value: 20, note: null, ...judge },
    ]);
    expect(await screen.findByText('已保存 6 项考核分')).toBeDefined();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(cell('二标段项目部 进度完成').value).toBe('20'));
    expect(screen.getByRole('switch', { name: '二标段项目部 重大安全事故' }).getAttribute('aria-checked')).toBe('true');
  });

  it('reports each bad cell by row, column and header, and submits nothing', async () => {
    const api = show('/labor/events/Event:3/assess/P1');
    const drawer = await importSheet(
      await xlsx([
        [...sheetHeader, '比创新'],
        ['一标段项目部', 1, 2, null, 0, 28, null],
        ['二标段项目部', 3, '八', null, 2, 20, null],
        ['四标段项目部', 1, null, null, null, null, null],
        ['一标段项目部', 5, null, null, null, null, null],
        ['三标段项目部', 5, null, null, null, null, 9],
      ]),
    );

    expect(await within(drawer).findByText(/共 5 行，发现 7 处错误/)).toBeDefined();
    for (const text of [
      '第 1 行 G 列（比创新）：不是本考核周期的考核指标或指标备注，这一列不会读取',
      '第 2 行 A 列（参赛单位）：与第 5 行是同一个参赛单位',
      '第 3 行 C 列（安全隐患扣分）：应为 0 到 30 之间的数',
      '第 3 行 E 列（重大安全事故）：一票否决项只能填 0（未发生）或 1（否决）',
      '第 4 行 A 列（参赛单位）：“四标段项目部”不是本期考核的参赛单位',
      '第 5 行 A 列（参赛单位）：与第 2 行是同一个参赛单位',
      '第 6 行 A 列（参赛单位）：“三标段项目部”不是本期考核的参赛单位', // withdrawn
    ])
      expect(within(drawer).getByText(text)).toBeDefined();
    // the bad cell is marked in the preview with its problem
    const bad = within(drawer).getByText('八').closest('td')!;
    expect(within(bad).getByText('应为 0 到 30 之间的数')).toBeDefined();
    expect(bad.getAttribute('style')).toContain('background');
    expect(within(drawer).queryByRole('button', { name: /提交 \d+ 个单位的分数/ })).toBeNull();
    expect(within(drawer).queryByRole('button', { name: /只提交无误的/ })).toBeNull(); // no row is without errors
    expect(sent(api, 'SubmitMarks')).toHaveLength(0);
  });

  it('submits only the rows without errors once the assessor confirms it', async () => {
    const api = show('/labor/events/Event:3/assess/P1');
    const drawer = await importSheet(await xlsx([sheetHeader, ['一标段项目部', 1, null, null, null, 27], ['二标段项目部', 3, 31, null, null, 20]]));

    expect(await within(drawer).findByText('第 3 行 C 列（安全隐患扣分）：不能大于 30')).toBeDefined();
    fireEvent.click(within(drawer).getByRole('button', { name: '只提交无误的 1 行' }));
    const confirm = await screen.findByText('只提交无误的 1 行？', { selector: '.ant-modal-confirm-title, .ant-modal-confirm-title *' });
    expect(within(confirm.closest('.ant-modal') as HTMLElement).getByText(/有错误的行整行不提交/)).toBeDefined();
    expect(sent(api, 'SubmitMarks')).toHaveLength(0);
    fireEvent.click(within(confirm.closest('.ant-modal') as HTMLElement).getByRole('button', { name: /^提\s?交$/ }));

    await waitFor(() => expect(sent(api, 'SubmitMarks')).toHaveLength(1));
    const input = sent(api, 'SubmitMarks')[0].variables.input as SubmitInput;
    expect(input.marks.map((m) => [m.registrationId, m.aspect, m.value, m.note])).toEqual([
      ['Registration:1', 'Q-DED', 1, null],
      ['Registration:1', 'P', 27, null],
    ]);
  });

  it('puts the API’s refusals on the rows of their units, and keeps the sheet open', async () => {
    show('/labor/events/Event:3/assess/P1', {
      refuse: (input) => ({
        submitMarks: {
          accepted: input.marks.length - 1,
          leaderboardVersion: 4,
          userErrors: [{ field: ['marks', '1', 'value'], message: '第2条评分 分值：竞赛考核组不评此项', problem: '竞赛考核组不评此项', code: 'FORBIDDEN' }],
        },
      }),
    });
    const drawer = await importSheet(await xlsx([['参赛单位', '进度完成'], ['一标段项目部', 25], ['二标段项目部', 20]]));
    fireEvent.click(await within(drawer).findByRole('button', { name: '提交 2 个单位的分数' }));

    // marks[1] is 二标段项目部's veto item sent as 0 with its first mark: the sheet has no column for it
    expect(await within(drawer).findByText('第 3 行 A 列（参赛单位）：重大安全事故：竞赛考核组不评此项')).toBeDefined();
    expect(within(within(drawer).getByText('二标段项目部').closest('td')!).getByText('重大安全事故：竞赛考核组不评此项')).toBeDefined();
    expect(await screen.findByText('已保存 2 项；1 项未保存，见标红的单元格')).toBeDefined();
    expect(screen.getByRole('dialog')).toBeDefined();
  });

  it('reads in English', async () => {
    show('/labor/events/Event:3/assess/P1');
    await waitFor(() => expect(cell('一标段项目部 质量问题扣分').value).toBe('2'));
    await act(async () => {
      await changeLanguage('en');
    });
    const drawer = await importSheet(await xlsx([['Unit', 'S-DED', 'S-DED note'], ['1', 'eight', 'recheck']], 'sheet.xlsx'));
    expect(await within(drawer).findByText('Row 2, column B (S-DED): Should be a number from 0 to 30')).toBeDefined();
    expect(within(drawer).getByText('“sheet.xlsx”: 1 rows, 1 error found:')).toBeDefined();
  });
});
