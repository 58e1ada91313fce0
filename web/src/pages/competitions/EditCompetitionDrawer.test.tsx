import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, renderAt, type Answer } from '../../test/fakeApi';
import { CompetitionPage } from './CompetitionPage';

// A busy machine renders antd slowly: wait up to 10 s for what a test awaits (findBy…, waitFor), never a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

function competition(status: string) {
  return {
    id: 'Competition:1',
    name: '全市职工职业技能大赛（笔误）',
    kind: 'SKILL',
    level: 'MUNICIPAL_CLASS_II',
    status,
    resultsVisibility: 'LIVE',
    startsOn: '2026-05-01',
    endsOn: '2026-05-03',
    organization: { id: 'Organization:2', name: '济南市总工会', ancestors: [{ id: 'Organization:1' }] },
    organizerName: '市总工会',
    // as the API answers for every competition (a skill one too); the page reads it once the kind is LABOR
    approval: { status: 'NOT_DECLARED', pendingAt: null, approvedBy: null, reviews: [] },
    events: [],
  };
}

/** The page of a competition in `status`; `update` answers updateCompetition (the stored competition follows an accepted one). */
function show(status: string, update?: (input: Record<string, unknown>) => Answer) {
  let stored = competition(status);
  const api = fakeApi((name, variables) => {
    if (name === 'Competition') return { competition: stored };
    if (name === 'UpdateCompetition') {
      const input = variables.input as Record<string, unknown>;
      const answer = update?.(input) ?? { updateCompetition: { competition: { ...stored, ...input }, userErrors: [] } };
      if (!(answer instanceof Error) && !(answer.updateCompetition as { userErrors: unknown[] }).userErrors.length) stored = { ...stored, ...input } as typeof stored;
      return answer;
    }
    return {};
  });
  render(renderAt(api.client, '/competitions/Competition:1', '/competitions/:id', <CompetitionPage />, { username: 'organizer', roles: ['organizer'], loading: false }));
  return api;
}

async function openEditor() {
  fireEvent.click(await screen.findByRole('button', { name: /修\s?改$/ }));
  return screen.findByRole('dialog');
}

const sent = (api: ReturnType<typeof fakeApi>) => api.operations.filter((o) => o.name === 'UpdateCompetition').map((o) => o.variables.input);

describe('CompetitionPage: 修改竞赛信息', { timeout: 60_000 }, () => {
  it('opens the drawer prefilled, sends the competition as it should be, and shows the new name', async () => {
    const api = show('DRAFT');
    const drawer = await openEditor();

    const name = within(drawer).getByLabelText('竞赛名称') as HTMLInputElement;
    expect(name.value).toBe('全市职工职业技能大赛（笔误）');
    expect((within(drawer).getByLabelText('主办单位') as HTMLInputElement).value).toBe('市总工会');
    expect((within(drawer).getByLabelText('开始日期') as HTMLInputElement).value).toBe('2026-05-01');
    expect((within(drawer).getByLabelText('结束日期') as HTMLInputElement).value).toBe('2026-05-03');
    expect((within(drawer).getByRole('radio', { name: '职业技能竞赛' }) as HTMLInputElement).checked).toBe(true);
    expect(within(drawer).getByTitle('市级二类')).toBeDefined();

    fireEvent.change(name, { target: { value: '全市职工职业技能大赛' } });
    fireEvent.click(within(drawer).getByRole('radio', { name: '劳动竞赛' }));
    fireEvent.change(within(drawer).getByLabelText('主办单位'), { target: { value: ' ' } });
    await act(async () => {
      fireEvent.click(within(drawer).getByRole('button', { name: '保存修改' }));
    });

    await waitFor(() => expect(sent(api)).toHaveLength(1));
    expect(sent(api)[0]).toEqual({
      id: 'Competition:1',
      name: '全市职工职业技能大赛',
      kind: 'LABOR',
      level: 'MUNICIPAL_CLASS_II',
      organizerName: null,
      startsOn: '2026-05-01',
      endsOn: '2026-05-03',
    });
    expect(await screen.findByRole('heading', { name: '全市职工职业技能大赛' })).toBeDefined();
    expect(screen.getAllByText('劳动竞赛').length).toBeGreaterThan(0);
  });

  it('disables what the status no longer allows, with the reason: the kind after the draft, the level once scoring is closed', async () => {
    show('RUNNING');
    const drawer = await openEditor();
    expect((within(drawer).getByRole('radio', { name: '劳动竞赛' }) as HTMLInputElement).disabled).toBe(true);
    expect(within(drawer).getByText('只有草稿状态的竞赛才能改类型；竞赛当前为“比赛中”。')).toBeDefined();
    expect((within(drawer).getByRole('combobox', { name: '竞赛级别' }) as HTMLInputElement).disabled).toBe(false);
    expect((within(drawer).getByLabelText('竞赛名称') as HTMLInputElement).disabled).toBe(false);
  });

  it('fixes the level once scoring is closed, the name still open', async () => {
    show('SCORING_CLOSED');
    const drawer = await openEditor();
    expect((within(drawer).getByRole('combobox', { name: '竞赛级别' }) as HTMLInputElement).disabled).toBe(true);
    expect(within(drawer).getByText('评分结束后竞赛级别不能再改（晋升政策依据它）；竞赛当前为“评分结束”。')).toBeDefined();
    expect((within(drawer).getByLabelText('竞赛名称') as HTMLInputElement).disabled).toBe(false);
  });

  it('offers no editing once the results are final', async () => {
    show('FINAL');
    const edit = await screen.findByRole('button', { name: /修\s?改$/ });
    expect((edit as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows a refusal under its field and keeps what was typed', async () => {
    const api = show('RUNNING', () => ({
      updateCompetition: {
        competition: null,
        userErrors: [
          {
            field: ['level'],
            code: 'WRONG_STATE',
            message: '竞赛级别：评分结束后竞赛级别不能再改（晋升政策依据它）：竞赛当前为“评分结束”',
            problem: '评分结束后竞赛级别不能再改（晋升政策依据它）：竞赛当前为“评分结束”',
          },
        ],
      },
    }));
    const drawer = await openEditor();
    fireEvent.change(within(drawer).getByLabelText('竞赛名称'), { target: { value: '全市职工职业技能大赛' } });
    await act(async () => {
      fireEvent.mouseDown(within(drawer).getByRole('combobox', { name: '竞赛级别' }));
    });
    await act(async () => {
      fireEvent.click(await screen.findByTitle('市级一类'));
    });
    await act(async () => {
      fireEvent.click(within(drawer).getByRole('button', { name: '保存修改' }));
    });

    expect(await within(drawer).findByText('评分结束后竞赛级别不能再改（晋升政策依据它）：竞赛当前为“评分结束”')).toBeDefined();
    expect(sent(api)[0]).toMatchObject({ name: '全市职工职业技能大赛', level: 'MUNICIPAL_CLASS_I' });
    expect((within(drawer).getByLabelText('竞赛名称') as HTMLInputElement).value).toBe('全市职工职业技能大赛');
    expect(screen.getByRole('heading', { name: '全市职工职业技能大赛（笔误）' })).toBeDefined();
  });

  it('asks before closing over unsaved changes, and keeps them when the organizer goes on editing', async () => {
    const api = show('DRAFT');
    const drawer = await openEditor();
    fireEvent.change(within(drawer).getByLabelText('竞赛名称'), { target: { value: '全市职工职业技能大赛' } });

    fireEvent.click(within(drawer).getByRole('button', { name: /^取\s?消$/ }));
    expect(await screen.findByText('您在这里所做的修改尚未保存，关闭后将丢失。')).toBeDefined();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '继续修改' }));
    });

    expect(document.body.contains(drawer)).toBe(true);
    expect((screen.getByLabelText('竞赛名称') as HTMLInputElement).value).toBe('全市职工职业技能大赛');
    expect(sent(api)).toEqual([]);
  });
});
