import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, renderAt, type Answer } from '../../test/fakeApi';
import { EventPage } from './EventPage';

// A busy machine renders antd slowly: wait up to 10 s for what a test awaits (findBy…, waitFor), never a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

const aspect = (code: string, name: string, maxMark: number, more: Record<string, unknown> = {}) => ({
  code,
  name,
  kind: 'MEASUREMENT',
  maxMark,
  judges: 1,
  aggregation: 'SINGLE',
  dropHighest: 0,
  dropLowest: 0,
  scaleFactor: 1,
  attempts: 1,
  attemptCombination: 'SUM',
  difficulty: false,
  ...more,
});

/** 焊工 as stored: theory 30 %, practical 70 % with a difficulty aspect, first prize by share. */
function weldingEvent(status: string, registered = 0) {
  return {
    id: 'Event:5',
    name: '焊工',
    format: 'INDIVIDUAL',
    teamSize: 1,
    occupationCode: '6-18-02-04',
    conflictPolicy: 'BLOCK',
    scoreDecimals: 2,
    tieBreakModules: ['P'],
    awards: [{ name: '一等奖', rankFrom: null, rankTo: null, percentFrom: 0, percentTo: 10, minTotal: null }],
    rounds: [
      {
        code: 'F',
        name: '决赛',
        sequence: 1,
        advancingCount: null,
        rankingIncludes: [],
        modules: [
          { code: 'T', name: '理论知识考试', weight: 0.3, passMark: 60, aspects: [aspect('T1', '理论知识考试成绩', 100)] },
          { code: 'P', name: '技能操作考核', weight: 0.7, passMark: null, aspects: [aspect('P1', '焊缝外观', 60), aspect('P2', '仰焊', 40, { difficulty: true, attempts: 2, attemptCombination: 'BEST' })] },
        ],
      },
    ],
    competition: { id: 'Competition:1', name: '全市职工职业技能大赛', kind: 'SKILL', status },
    judges: [],
    registrations: { totalCount: registered, edges: [] },
  };
}

/** The whole UpdateEventInput of that event, unchanged. */
const unchangedInput = {
  id: 'Event:5',
  name: '焊工',
  occupationCode: '6-18-02-04',
  format: 'INDIVIDUAL',
  scoreDecimals: 2,
  conflictPolicy: 'BLOCK',
  tieBreakModules: ['P'],
  awards: [{ name: '一等奖', percentFrom: 0, percentTo: 10 }],
  rounds: [
    {
      code: 'F',
      name: '决赛',
      rankingIncludes: [],
      modules: [
        { code: 'T', name: '理论知识考试', weight: 0.3, passMark: 60, aspects: [aspect('T1', '理论知识考试成绩', 100)] },
        { code: 'P', name: '技能操作考核', weight: 0.7, aspects: [aspect('P1', '焊缝外观', 60), aspect('P2', '仰焊', 40, { difficulty: true, attempts: 2, attemptCombination: 'BEST' })] },
      ],
    },
  ],
};

function show(status: string, update: (input: Record<string, unknown>, call: number) => Answer, registered = 0) {
  let stored = weldingEvent(status, registered);
  let calls = 0;
  const api = fakeApi((name, variables) => {
    if (name === 'OrganizerEvent') return { event: stored };
    if (name === 'UpdateEvent') {
      const input = variables.input as Record<string, unknown>;
      const answer = update(input, calls++);
      const payload = !(answer instanceof Error) && (answer.updateEvent as { userErrors: unknown[] });
      if (payload && payload.userErrors.length === 0) stored = { ...stored, name: input.name as string };
      return answer;
    }
    return {};
  });
  render(renderAt(api.client, '/events/Event:5', '/events/:id', <EventPage />, { username: 'organizer', roles: ['organizer'], loading: false }));
  return api;
}

const accepted = (input: Record<string, unknown>) => ({ updateEvent: { event: { id: 'Event:5', name: input.name }, userErrors: [] } });
/** Strips the keys a JSON request leaves out (undefined), as the API receives the input. */
const asSent = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
const sent = (api: ReturnType<typeof fakeApi>) => api.operations.filter((o) => o.name === 'UpdateEvent').map((o) => asSent(o.variables.input));

async function openEditor() {
  fireEvent.click(await screen.findByRole('button', { name: /修改赛项/ }));
  const drawer = await screen.findByRole('dialog');
  await within(drawer).findByDisplayValue('仰焊');
  return drawer;
}

async function save(drawer: HTMLElement) {
  await act(async () => {
    fireEvent.click(within(drawer).getByRole('button', { name: '保存修改' }));
  });
}

describe('EventPage: 修改赛项', { timeout: 60_000 }, () => {
  it('opens the drawer with the event prefilled and sends the whole definition as updateEvent takes it', async () => {
    const api = show('REGISTRATION', accepted);
    const drawer = await openEditor();

    expect((within(drawer).getByLabelText('赛项名称') as HTMLInputElement).value).toBe('焊工');
    expect((within(drawer).getByLabelText('职业编码') as HTMLInputElement).value).toBe('6-18-02-04');
    expect(within(drawer).getByDisplayValue('理论知识考试')).toBeDefined();
    expect(within(drawer).getAllByDisplayValue('30').length).toBeGreaterThan(0);
    expect(within(drawer).getByDisplayValue('一等奖')).toBeDefined();
    const difficulty = within(drawer).getAllByRole('switch', { name: /难度系数/ });
    expect(difficulty.map((s) => s.getAttribute('aria-checked'))).toEqual(['false', 'false', 'true']);

    // unchanged, it goes back exactly as stored (a name-only correction is no change of the scheme)
    await save(drawer);
    await waitFor(() => expect(sent(api)).toHaveLength(1));
    expect(sent(api)[0]).toEqual(unchangedInput);
  });

  it('sends a corrected name, a removed aspect and a round copied to the next, and shows the new state', async () => {
    const api = show('REGISTRATION', accepted);
    const drawer = await openEditor();

    fireEvent.change(within(drawer).getByLabelText('赛项名称'), { target: { value: '焊工（四级）' } });
    const weld = within(drawer).getByDisplayValue('焊缝外观').closest('div[style*="dashed"]') as HTMLElement;
    fireEvent.click(within(weld).getByRole('button', { name: /删\s?除/ }));
    await waitFor(() => expect(within(drawer).queryByDisplayValue('焊缝外观')).toBeNull());
    fireEvent.click(within(drawer).getByRole('button', { name: /复制到下一轮/ }));
    await waitFor(() => expect(within(drawer).getAllByDisplayValue('仰焊')).toHaveLength(2));
    await save(drawer);

    await waitFor(() => expect(sent(api)).toHaveLength(1));
    const input = sent(api)[0] as typeof unchangedInput;
    expect(input.name).toBe('焊工（四级）');
    expect(input.rounds.map((r) => r.code)).toEqual(['F', 'R2']);
    expect(input.rounds[0].modules[1].aspects.map((a) => a.code)).toEqual(['P2']);
    expect(input.rounds[1].modules).toEqual(input.rounds[0].modules);
    expect(await screen.findByRole('heading', { name: '焊工（四级）' })).toBeDefined();
  });

  it('shows the refusal of a marked scheme prominently, keeps the edits, and saves the name alone once the scheme is put back', async () => {
    const api = show('RUNNING', (input, call) =>
      call === 0
        ? {
            updateEvent: {
              event: null,
              userErrors: [{ field: ['rounds'], code: 'WRONG_STATE', message: '评分标准：已有 2 个评分，评分标准不能再改', problem: '已有 2 个评分，评分标准不能再改' }],
            },
          }
        : accepted(input),
    );
    const drawer = await openEditor();
    expect(within(drawer).getByText(/比赛中一旦有了评分/)).toBeDefined();

    fireEvent.change(within(drawer).getByLabelText('赛项名称'), { target: { value: '焊工（四级）' } });
    fireEvent.change(within(drawer).getByDisplayValue('仰焊'), { target: { value: '仰焊（板对接）' } });
    await save(drawer);

    expect(await within(drawer).findByText('已有 2 个评分，评分标准不能再改')).toBeDefined();
    expect(within(drawer).getByText(/这次什么也没有保存，您的修改都还在。评分标准已不能再改，但赛项名称、职业编码、奖项和同分比较仍可修改/)).toBeDefined();
    expect((within(drawer).getByLabelText('赛项名称') as HTMLInputElement).value).toBe('焊工（四级）');
    expect(within(drawer).getByDisplayValue('仰焊（板对接）')).toBeDefined();
    expect(screen.getByRole('heading', { name: '焊工' })).toBeDefined();

    fireEvent.click(within(drawer).getByRole('button', { name: '恢复原评分标准，保留其他修改' }));
    expect(await within(drawer).findByDisplayValue('仰焊')).toBeDefined();
    expect((within(drawer).getByLabelText('赛项名称') as HTMLInputElement).value).toBe('焊工（四级）');
    await save(drawer);

    await waitFor(() => expect(sent(api)).toHaveLength(2));
    expect(sent(api)[1]).toEqual({ ...unchangedInput, name: '焊工（四级）' });
    expect(await screen.findByRole('heading', { name: '焊工（四级）' })).toBeDefined();
  });

  it('disables what can no longer change, with the reason: the format once competitors are registered, the scheme once scoring is closed', async () => {
    show('SCORING_CLOSED', accepted, 3);
    const drawer = await openEditor();

    expect(within(drawer).getByText('已有选手报名，参赛形式和每队人数不能再改。')).toBeDefined();
    expect((within(drawer).getByRole('radio', { name: '团体赛' }) as HTMLInputElement).disabled).toBe(true);
    expect(within(drawer).getAllByText('评分结束后评分标准、成绩小数位和回避规则不能再改；竞赛当前为“评分结束”。').length).toBeGreaterThan(0);
    expect((within(drawer).getByDisplayValue('仰焊') as HTMLInputElement).disabled).toBe(true);
    expect((within(drawer).getByRole('button', { name: /复制到下一轮/ }) as HTMLButtonElement).disabled).toBe(true);
    // the name and the awards still change
    expect((within(drawer).getByLabelText('赛项名称') as HTMLInputElement).disabled).toBe(false);
    expect((within(drawer).getByDisplayValue('一等奖') as HTMLInputElement).disabled).toBe(false);
  });
});
