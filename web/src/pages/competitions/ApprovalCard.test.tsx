import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../i18n';
import { rawEnumCodesIn } from '../../i18n/rawEnumCodes';
import type { ViewerGrant } from '../../layout/viewer';
import { fakeApi, renderAt, type Answer } from '../../test/fakeApi';
import { CompetitionPage } from './CompetitionPage';

// A busy machine renders antd slowly: wait up to 10 s for what a test awaits (findBy…, waitFor), never a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

const province = { id: 'Organization:1', name: '山东省总工会', ancestors: [] };
const jinan = { id: 'Organization:2', name: '济南市总工会', ancestors: [{ id: province.id }] };
const laiwu = { id: 'Organization:4', name: '莱芜区总工会', ancestors: [{ id: province.id }, { id: jinan.id }] };

const grant = (organization: { id: string; name: string; ancestors: { id: string }[] }): ViewerGrant => ({ role: 'ORGANIZER', organization });
const laiwuOrganizer = [grant(laiwu)];
const jinanOrganizer = [grant(jinan)];

const returned = {
  organization: { id: jinan.id, name: jinan.name },
  decision: 'RETURN',
  reviewer: 'jinan-organizer',
  note: '安全指标缺少一票否决项（重大安全事故），请补充后重新申报',
  decidedAt: '2026-02-20T09:30:00+08:00',
};

type Approval = Record<string, unknown>;

const notDeclared: Approval = { status: 'NOT_DECLARED', pendingAt: null, approvedBy: null, reviews: [] };
const declaredAtJinan: Approval = {
  status: 'DECLARED',
  pendingAt: { id: jinan.id, name: jinan.name, ancestors: jinan.ancestors, parent: { id: province.id, name: province.name } },
  approvedBy: null,
  reviews: [],
};

function competition(status: string, approval: Approval, kind = 'LABOR') {
  return {
    id: 'Competition:7',
    name: '2026年莱芜区重点工程劳动竞赛',
    kind,
    level: 'DISTRICT',
    status,
    resultsVisibility: 'LIVE',
    startsOn: '2026-03-01',
    endsOn: '2026-12-31',
    organizerName: '莱芜区总工会',
    organization: { id: laiwu.id, name: laiwu.name, ancestors: laiwu.ancestors },
    approval,
    events: [
      {
        id: 'Event:3',
        name: '六比一创综合考评',
        format: 'INDIVIDUAL',
        occupationCode: null,
        judges: [{ id: 'JudgeAssignment:1' }],
        registrations: { totalCount: 4 },
      },
    ],
  };
}

/** The competition page of a labor competition in `status` with `approval`, for a caller with `grants`; `mutations` answers by name. */
function show(status: string, approval: Approval, grants: ViewerGrant[], mutations: Record<string, (variables: Record<string, unknown>) => Answer> = {}, kind = 'LABOR') {
  let current = competition(status, approval, kind);
  const api = fakeApi((name, variables) => {
    if (name === 'Competition') return { competition: current };
    if (mutations[name]) {
      const answer = mutations[name](variables);
      return answer;
    }
    throw new Error(`unexpected ${name}`);
  });
  render(
    renderAt(api.client, '/competitions/Competition:7', '/competitions/:id', <CompetitionPage />, {
      username: 'someone',
      roles: ['organizer'],
      grants,
      loading: false,
    }),
  );
  return {
    api,
    /** What the API answers from now on (the competition after a decision). */
    becomes: (nextStatus: string, nextApproval: Approval) => {
      current = competition(nextStatus, nextApproval, kind);
    },
  };
}

const card = () => screen.getByText('申报与审核').closest('.ant-card') as HTMLElement;
const sent = (api: ReturnType<typeof fakeApi>, name: string) => api.operations.filter((op) => op.name === name);
const payload = (name: string, status: string, userErrors: unknown[] = []) => ({
  [name]: { competition: userErrors.length ? null : { id: 'Competition:7', approval: { status } }, userErrors },
});

describe('申报与审核 on a labor competition', { timeout: 60_000 }, () => {
  it('offers its organizers 申报 in a draft, and holds the status back until approval, saying why', async () => {
    show('DRAFT', notDeclared, laiwuOrganizer);
    await screen.findByText('申报与审核');

    expect(within(card()).getByText('未申报')).toBeDefined();
    expect(within(card()).getByRole('button', { name: '申报' })).toBeDefined();
    expect(within(card()).queryByRole('button', { name: '批准纳入管理' })).toBeNull();
    expect(within(card()).queryByRole('button', { name: '退回' })).toBeNull();
    // the status card: the advance is disabled and the hint says why
    const advance = screen.getByRole('button', { name: '推进到“报名中”' }) as HTMLButtonElement;
    expect(advance.disabled).toBe(true);
    expect(screen.getByText('劳动竞赛须经批准纳入管理后才能开始报名')).toBeDefined();
    expect(rawEnumCodesIn(document.body.textContent ?? '')).toEqual([]);
  });

  it('declares after a confirmation, then reloads the competition', async () => {
    const { api, becomes } = show('DRAFT', notDeclared, laiwuOrganizer, {
      DeclareCompetition: () => {
        becomes('DRAFT', declaredAtJinan);
        return payload('declareCompetition', 'DECLARED');
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: '申报' }));
    fireEvent.click(await screen.findByRole('button', { name: '确认申报' }));

    await waitFor(() => expect(sent(api, 'DeclareCompetition')).toHaveLength(1));
    expect(sent(api, 'DeclareCompetition')[0].variables).toEqual({ id: 'Competition:7' });
    expect(await screen.findByText('已申报，等待上级单位审核')).toBeDefined();
    // reloaded: it waits at the city now, and the organizer of the district has nothing more to do here
    expect(await within(card()).findByText('已申报待审核')).toBeDefined();
    expect(within(card()).getByText('济南市总工会')).toBeDefined();
    expect(within(card()).queryByRole('button', { name: '申报' })).toBeNull();
  });

  it('shows a refused declaration with the API’s words', async () => {
    const { api } = show('DRAFT', notDeclared, laiwuOrganizer, {
      DeclareCompetition: () =>
        payload('declareCompetition', '', [{ field: ['id'], message: '已申报，正在等待济南市总工会审核', problem: '已申报，正在等待济南市总工会审核', code: 'WRONG_STATE' }]),
    });
    fireEvent.click(await screen.findByRole('button', { name: '申报' }));
    fireEvent.click(await screen.findByRole('button', { name: '确认申报' }));

    expect(await within(card()).findByText('已申报，正在等待济南市总工会审核')).toBeDefined();
    expect(sent(api, 'DeclareCompetition')).toHaveLength(1);
  });

  it('gives the organizers where it waits 批准纳入管理, 推荐上报 to the parent and 退回, and nobody 申报', async () => {
    show('DRAFT', declaredAtJinan, jinanOrganizer);
    await screen.findByText('申报与审核');

    expect(within(card()).getByText('已申报待审核')).toBeDefined();
    expect(within(card()).getByText('审核单位')).toBeDefined();
    expect(within(card()).getByText('济南市总工会')).toBeDefined();
    expect(within(card()).getByRole('button', { name: '批准纳入管理' })).toBeDefined();
    expect(within(card()).getByRole('button', { name: '推荐上报（山东省总工会）' })).toBeDefined();
    expect(within(card()).getByRole('button', { name: '退回' })).toBeDefined();
    expect(within(card()).queryByRole('button', { name: '申报' })).toBeNull();
  });

  it('offers the declaring district nothing while the city reviews', async () => {
    show('DRAFT', declaredAtJinan, laiwuOrganizer);
    await screen.findByText('申报与审核');
    expect(within(card()).getByText('已申报待审核')).toBeDefined();
    expect(within(card()).queryByRole('button')).toBeNull();
  });

  it('offers no recommendation at a root, where nobody is above', async () => {
    show('DRAFT', { ...declaredAtJinan, pendingAt: { id: province.id, name: province.name, ancestors: [], parent: null } }, [grant(province)]);
    await screen.findByText('申报与审核');
    expect(within(card()).getByRole('button', { name: '批准纳入管理' })).toBeDefined();
    expect(within(card()).queryByRole('button', { name: /推荐上报/ })).toBeNull();
  });

  it('returns only with a note, and shows the API’s refusal of the note under it', async () => {
    const { api } = show('DRAFT', declaredAtJinan, jinanOrganizer, {
      ReviewCompetition: () =>
        payload('reviewCompetition', '', [{ field: ['note'], message: '审核意见：最多 1000 个字', problem: '最多 1000 个字', code: 'LIMIT_EXCEEDED' }]),
    });
    fireEvent.click(await screen.findByRole('button', { name: '退回' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '确认退回' }));
    expect(await within(dialog).findByText('退回时请填写审核意见，申报单位据此修改')).toBeDefined();
    expect(sent(api, 'ReviewCompetition')).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText('审核意见'), { target: { value: '  安全指标缺少一票否决项  ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认退回' }));

    await waitFor(() => expect(sent(api, 'ReviewCompetition')).toHaveLength(1));
    expect(sent(api, 'ReviewCompetition')[0].variables).toEqual({ input: { competitionId: 'Competition:7', decision: 'RETURN', note: '安全指标缺少一票否决项' } });
    // under the note field, the problem alone; the dialog stays with the note typed
    const explain = await within(dialog).findByText('最多 1000 个字');
    expect(explain.closest('.ant-form-item')?.textContent).toContain('审核意见');
    expect((within(dialog).getByLabelText('审核意见') as HTMLTextAreaElement).value).toBe('  安全指标缺少一票否决项  ');
  });

  it('approves (the note optional) and recommends to the parent, each confirmed in a dialog', async () => {
    const { api, becomes } = show('DRAFT', declaredAtJinan, jinanOrganizer, {
      ReviewCompetition: (variables) => {
        const { decision } = variables.input as { decision: string };
        becomes('DRAFT', decision === 'APPROVE' ? { status: 'APPROVED', pendingAt: null, approvedBy: { id: jinan.id, name: jinan.name }, reviews: [] } : declaredAtJinan);
        return payload('reviewCompetition', decision === 'APPROVE' ? 'APPROVED' : 'DECLARED');
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: '推荐上报（山东省总工会）' }));
    let dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('将“2026年莱芜区重点工程劳动竞赛”推荐上报山东省总工会？')).toBeDefined();
    fireEvent.change(within(dialog).getByLabelText('审核意见'), { target: { value: '推荐为省级重点劳动竞赛项目' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认推荐' }));
    await waitFor(() => expect(sent(api, 'ReviewCompetition')).toHaveLength(1));
    expect(sent(api, 'ReviewCompetition')[0].variables).toEqual({
      input: { competitionId: 'Competition:7', decision: 'RECOMMEND', note: '推荐为省级重点劳动竞赛项目' },
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: '批准纳入管理' }));
    dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '确认批准' }));
    await waitFor(() => expect(sent(api, 'ReviewCompetition')).toHaveLength(2));
    expect(sent(api, 'ReviewCompetition')[1].variables).toEqual({ input: { competitionId: 'Competition:7', decision: 'APPROVE', note: null } });
    // reloaded: approved by the city, and the status may move on
    expect(await within(card()).findByText('已批准纳入管理')).toBeDefined();
    expect(within(card()).getByText('批准单位')).toBeDefined();
    await waitFor(() => expect((screen.getByRole('button', { name: '推进到“报名中”' }) as HTMLButtonElement).disabled).toBe(false));
    expect(screen.queryByText('劳动竞赛须经批准纳入管理后才能开始报名')).toBeNull();
  });

  it('lists every decision as a timeline, and offers 申报 again once returned', async () => {
    show('DRAFT', { status: 'RETURNED', pendingAt: null, approvedBy: null, reviews: [returned] }, laiwuOrganizer);
    await screen.findByText('申报与审核');

    expect(within(card()).getByText('已退回')).toBeDefined();
    const timeline = card().querySelector('.ant-timeline') as HTMLElement;
    expect(within(timeline).getByText('济南市总工会')).toBeDefined();
    expect(within(timeline).getByText('退回')).toBeDefined();
    expect(within(timeline).getByText(/jinan-organizer/)).toBeDefined();
    expect(within(timeline).getByText('安全指标缺少一票否决项（重大安全事故），请补充后重新申报')).toBeDefined();
    expect(within(card()).getByRole('button', { name: '申报' })).toBeDefined();
  });

  it('once approved: who approved it, the status free to move on, the plan fixed, and the assessment linked', async () => {
    show(
      'RUNNING',
      {
        status: 'APPROVED',
        pendingAt: null,
        approvedBy: { id: province.id, name: province.name },
        reviews: [
          { ...returned },
          { organization: { id: jinan.id, name: jinan.name }, decision: 'RECOMMEND', reviewer: 'jinan-organizer', note: null, decidedAt: '2026-02-25T10:00:00+08:00' },
          { organization: { id: province.id, name: province.name }, decision: 'APPROVE', reviewer: 'organizer', note: null, decidedAt: '2026-02-27T16:00:00+08:00' },
        ],
      },
      laiwuOrganizer,
    );
    await screen.findByText('申报与审核');

    expect(within(card()).getByText('已批准纳入管理')).toBeDefined();
    expect(within(card()).getAllByText('山东省总工会').length).toBeGreaterThan(0);
    expect(card().querySelectorAll('.ant-timeline-item')).toHaveLength(3);
    expect(within(card()).queryByRole('button')).toBeNull();
    expect((screen.getByRole('button', { name: /新建赛项/ }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('link', { name: '考核评分' }).getAttribute('href')).toBe('/labor/events/Event%3A3/assess');
    expect(screen.getByText('4 个参赛单位')).toBeDefined();
    expect(screen.queryByText('劳动竞赛须经批准纳入管理后才能开始报名')).toBeNull();
  });

  it('reads in English too', async () => {
    show('DRAFT', declaredAtJinan, jinanOrganizer);
    await screen.findByText('申报与审核');
    await act(async () => {
      await changeLanguage('en');
    });
    expect(await screen.findByText('Declaration and review')).toBeDefined();
    expect(screen.getByText('Declared, under review')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Recommend to 山东省总工会' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Return' })).toBeDefined();
  });

  it('is not there for a skill competition, whose status moves as before', async () => {
    show('DRAFT', notDeclared, laiwuOrganizer, {}, 'SKILL');
    await screen.findByText('六比一创综合考评');
    expect(screen.queryByText('申报与审核')).toBeNull();
    expect((screen.getByRole('button', { name: '推进到“报名中”' }) as HTMLButtonElement).disabled).toBe(false);
    expect(screen.queryByRole('link', { name: '考核评分' })).toBeNull();
    expect(screen.getByText('4 名选手')).toBeDefined();
  });
});
