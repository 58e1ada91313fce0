import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../i18n';
import { rawEnumCodesIn } from '../../i18n/rawEnumCodes';
import type { ViewerGrant } from '../../layout/viewer';
import { fakeApi, renderAt, type Answer } from '../../test/fakeApi';
import { CommendationsPage } from './CommendationsPage';

// A busy machine renders antd slowly: wait up to 10 s for what a test awaits (findBy…, waitFor), never a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

vi.mock('../../auth/keycloak', () => ({ keycloak: { updateToken: vi.fn(async () => false), token: 'token-1' } }));

const province = { id: 'Organization:1', name: '山东省总工会', ancestors: [] };
const laiwu = { id: 'Organization:4', name: '莱芜区总工会', ancestors: [{ id: province.id }] };
const firstSection = { id: 'Organization:9', name: '一标段项目部', ancestors: [{ id: province.id }, { id: laiwu.id }] };

/** The district's organizer, who organizes the competition; the HR of 一标段项目部, who does not. */
const districtOrganizer = { username: 'laiwu-organizer', roles: ['organizer'], grants: [{ role: 'ORGANIZER', organization: laiwu }] as ViewerGrant[] };
const unitHr = { username: 'enterprise-hr', roles: ['hr'], grants: [{ role: 'HR', organization: firstSection }] as ViewerGrant[] };

const registration = (n: number, team: string) => ({ id: `Registration:${n}`, team, affiliation: null, competitor: { id: `Person:${n}`, name: `项目经理${n}` } });

const unit = (n: number, team: string, more: Record<string, unknown>) => ({
  registration: registration(n, team),
  rank: null,
  award: null,
  vetoed: false,
  quota: 0,
  nominated: 0,
  approved: 0,
  ...more,
});

/** The four units of LaborCompetitionChainTest's final standings: 二标段 vetoed, 一标段 and 三标段 with an award and a quota. */
const units = [
  unit(1, '一标段项目部', { rank: 1, award: '先进集体', quota: 2, nominated: 1 }),
  unit(2, '二标段项目部', { vetoed: true }),
  unit(3, '三标段项目部', { rank: 2, award: '优胜单位', quota: 1, approved: 1 }),
  unit(4, '四标段项目部', { rank: 3 }),
];

const nomination = (n: number, name: string, unitNumber: number, team: string, status: string, more: Record<string, unknown> = {}) => ({
  id: `CommendationNomination:${n}`,
  citation: `${name}的主要事迹`,
  status,
  nominatedBy: 'enterprise-hr',
  nominatedAt: '2026-12-20T09:30:00+08:00',
  decidedBy: null,
  decidedAt: null,
  note: null,
  person: { id: `Person:${10 + n}`, name, nationalIdMasked: n === 1 ? '110***002X' : null },
  registration: registration(unitNumber, team),
  ...more,
});

const nominations = [
  nomination(1, '项目经理1', 1, '一标段项目部', 'NOMINATED', { citation: '带领一标段项目部全年零事故，提前40天完成主体结构施工' }),
  nomination(2, '张工', 1, '一标段项目部', 'WITHDRAWN'),
  nomination(3, '李工', 3, '三标段项目部', 'APPROVED', { decidedBy: 'laiwu-organizer', decidedAt: '2026-12-28T15:00:00+08:00', note: '事迹突出' }),
];

function competition({ status = 'FINAL', open = true, kind = 'LABOR', seen = units, nominated = nominations } = {}) {
  return {
    competition: {
      id: 'Competition:7',
      name: '2026年莱芜区重点工程劳动竞赛',
      kind,
      status,
      organization: { id: laiwu.id, name: laiwu.name, ancestors: laiwu.ancestors },
      commendation: { open, title: '先进个人', units: seen, nominations: nominated },
    },
  };
}

const ok = (name: string) => ({ [name]: { userErrors: [] } });

/** The workspace for `viewer`, the API answering the query with `answer` and each mutation by `mutations` (success otherwise). */
function show(viewer: typeof districtOrganizer, answer: Answer = competition(), mutations: Record<string, (variables: Record<string, unknown>) => Answer> = {}) {
  const api = fakeApi((name, variables) => {
    if (name === 'CompetitionCommendation') return answer;
    if (mutations[name]) return mutations[name](variables);
    const field = name.charAt(0).toLowerCase() + name.slice(1);
    if (['SetCommendationQuota', 'NominateForCommendation', 'WithdrawCommendationNomination', 'DecideCommendation'].includes(name)) return ok(field);
    throw new Error(`unexpected ${name}`);
  });
  render(renderAt(api.client, '/labor/competitions/Competition:7/commendations', '/labor/competitions/:id/commendations', <CommendationsPage />, { ...viewer, loading: false }));
  return api;
}

const sent = (api: ReturnType<typeof fakeApi>, name: string) => api.operations.filter((op) => op.name === name);
const table = (name: string) => screen.getByRole('table', { name });
const unitsTable = () => table('参赛单位与名额');
const nominationsTable = () => table('推荐名单');
const rowOf = (table: HTMLElement, text: string) => within(table).getByText(text).closest('tr') as HTMLElement;

describe('年终表扬 for the competition’s organizers', { timeout: 60_000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows every unit with its rank, award or veto, its quota to edit and what is used of it', async () => {
    show(districtOrganizer);
    expect(await screen.findByRole('heading', { name: '年终表扬（先进个人）' })).toBeDefined();
    expect(screen.getByRole('link', { name: '2026年莱芜区重点工程劳动竞赛' }).getAttribute('href')).toBe('/competitions/Competition%3A7');
    expect(screen.getByText(/通过的推荐授予“先进个人”称号/)).toBeDefined();

    const first = rowOf(unitsTable(), '一标段项目部');
    expect(within(first).getByText('先进集体')).toBeDefined();
    expect((within(first).getByLabelText('一标段项目部 名额') as HTMLInputElement).value).toBe('2');
    expect(within(first).getByText('1 / 2')).toBeDefined();
    expect(within(first).getByText('待审定 1 · 已通过 0')).toBeDefined();
    expect(within(first).getByRole('button', { name: /推荐/ })).toBeDefined();

    const vetoed = rowOf(unitsTable(), '二标段项目部');
    expect(within(vetoed).getByText('一票否决').closest('.ant-tag')?.className).toContain('red');
    expect(within(vetoed).queryByLabelText('二标段项目部 名额')).toBeNull();
    expect(within(vetoed).getByText('不参与评先评优')).toBeDefined();
    expect(within(vetoed).queryByRole('button', { name: /推荐/ })).toBeNull();

    expect(within(rowOf(unitsTable(), '三标段项目部')).getByText('名额已用完')).toBeDefined();
    expect(within(rowOf(unitsTable(), '四标段项目部')).getByText('待分配名额')).toBeDefined();
    expect(screen.getByRole('button', { name: /下载表彰名单/ })).toBeDefined();
    expect(screen.queryByText(/结果公布后开放推荐/)).toBeNull();
    expect(rawEnumCodesIn(document.body.textContent ?? '')).toEqual([]);
  });

  it('saves a unit’s quota, then reads the commendation again', async () => {
    const api = show(districtOrganizer);
    await screen.findByText('四标段项目部');
    const row = rowOf(unitsTable(), '四标段项目部');
    const save = within(row).getByRole('button', { name: '保存' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true); // nothing changed
    const asked = sent(api, 'CompetitionCommendation').length;

    fireEvent.change(within(row).getByLabelText('四标段项目部 名额'), { target: { value: '3' } });
    fireEvent.click(save);

    await waitFor(() => expect(sent(api, 'SetCommendationQuota').map((op) => op.variables)).toEqual([{ input: { registrationId: 'Registration:4', quota: 3 } }]));
    expect(await screen.findByText('已将四标段项目部的名额设为 3 人')).toBeDefined();
    await waitFor(() => expect(sent(api, 'CompetitionCommendation').length).toBeGreaterThan(asked));
  });

  it('says under the quota why the API refused it', async () => {
    show(districtOrganizer, competition(), {
      SetCommendationQuota: () => ({
        setCommendationQuota: {
          userErrors: [{ field: ['quota'], code: 'CONFLICT', message: '名额：该单位已占用1个名额，请先撤回或不予通过部分推荐', problem: '该单位已占用1个名额，请先撤回或不予通过部分推荐' }],
        },
      }),
    });
    await screen.findByText('先进集体');
    const row = rowOf(unitsTable(), '一标段项目部');
    fireEvent.change(within(row).getByLabelText('一标段项目部 名额'), { target: { value: '0' } });
    fireEvent.click(within(row).getByRole('button', { name: '保存' }));

    expect(await within(row).findByText('名额未保存：该单位已占用1个名额，请先撤回或不予通过部分推荐')).toBeDefined();
    expect((within(row).getByLabelText('一标段项目部 名额') as HTMLInputElement).value).toBe('0');
  });

  it('lists the nominations with their status and who decided, and filters them by status', async () => {
    show(districtOrganizer);
    await screen.findByText('项目经理1');

    const waiting = rowOf(nominationsTable(), '项目经理1');
    expect(within(waiting).getByText('待审定')).toBeDefined();
    expect(within(waiting).getByText('110***002X')).toBeDefined();
    expect(within(waiting).getByText('带领一标段项目部全年零事故，提前40天完成主体结构施工')).toBeDefined();
    expect(within(waiting).getByText(/^enterprise-hr · /)).toBeDefined();
    for (const name of ['通过', '不予通过', '撤回']) expect(within(waiting).getByRole('button', { name: new RegExp(`^\\S*\\s?${name}$`) })).toBeDefined();

    const approved = rowOf(nominationsTable(), '李工');
    expect(within(approved).getByText('已通过')).toBeDefined();
    expect(within(approved).getByText('审定意见：事迹突出')).toBeDefined();
    expect(within(approved).getByText(/^laiwu-organizer · /)).toBeDefined();
    expect(within(approved).queryByRole('button')).toBeNull();
    expect(within(rowOf(nominationsTable(), '张工')).getByText('已撤回')).toBeDefined();

    fireEvent.click(screen.getByText('已通过 1'));
    await waitFor(() => expect(within(nominationsTable()).queryByText('项目经理1')).toBeNull());
    expect(within(nominationsTable()).getByText('李工')).toBeDefined();
  });

  it('rejects a nomination only with a note, after confirming it', async () => {
    const api = show(districtOrganizer);
    await screen.findByText('项目经理1');
    fireEvent.click(within(rowOf(nominationsTable(), '项目经理1')).getByRole('button', { name: /不予通过/ }));

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('不予通过对项目经理1的推荐？')).toBeDefined();
    fireEvent.click(within(dialog).getByRole('button', { name: '确认不予通过' }));
    expect(await within(dialog).findByText('不予通过时请填写理由')).toBeDefined();
    expect(sent(api, 'DecideCommendation')).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText('审定意见'), { target: { value: ' 事迹材料不完整 ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认不予通过' }));

    await waitFor(() =>
      expect(sent(api, 'DecideCommendation').map((op) => op.variables)).toEqual([{ input: { nominationId: 'CommendationNomination:1', approve: false, note: '事迹材料不完整' } }]),
    );
    expect(await screen.findByText('已不予通过对项目经理1的推荐')).toBeDefined();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('approves a nomination, granting the title, after confirming it', async () => {
    const api = show(districtOrganizer);
    await screen.findByText('项目经理1');
    fireEvent.click(within(rowOf(nominationsTable(), '项目经理1')).getByRole('button', { name: /^\S*\s?通\s?过$/ }));

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('通过后授予项目经理1“先进个人”称号，记入本人的荣誉记录；审定后不能再更改。')).toBeDefined();
    expect(sent(api, 'DecideCommendation')).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: '确认通过' }));

    await waitFor(() =>
      expect(sent(api, 'DecideCommendation').map((op) => op.variables)).toEqual([{ input: { nominationId: 'CommendationNomination:1', approve: true, note: null } }]),
    );
    expect(await screen.findByText('已通过：项目经理1获“先进个人”称号')).toBeDefined();
  });

  it('keeps the decision open with the API’s refusal', async () => {
    show(districtOrganizer, competition(), {
      DecideCommendation: () => ({
        decideCommendation: { userErrors: [{ field: ['nominationId'], code: 'WRONG_STATE', message: '推荐：该推荐已通过，不能再更改', problem: '该推荐已通过，不能再更改' }] },
      }),
    });
    await screen.findByText('项目经理1');
    fireEvent.click(within(rowOf(nominationsTable(), '项目经理1')).getByRole('button', { name: /^\S*\s?通\s?过$/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '确认通过' }));

    expect(await within(dialog).findByText('推荐：该推荐已通过，不能再更改')).toBeDefined();
    expect(within(dialog).getByText('审定未完成')).toBeDefined();
  });

  it('downloads the list of the commended with the bearer token', async () => {
    const fetch = vi.fn(async () => new Response(new Blob(['xlsx']), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    URL.createObjectURL = vi.fn(() => 'blob:1');
    URL.revokeObjectURL = vi.fn();
    show(districtOrganizer);

    fireEvent.click(await screen.findByRole('button', { name: /下载表彰名单/ }));

    await waitFor(() =>
      expect(fetch).toHaveBeenCalledWith('/exports/competitions/Competition%3A7/commendations.xlsx', {
        headers: { Authorization: 'Bearer token-1', 'Accept-Language': 'zh-CN' },
      }),
    );
  });
});

describe('年终表扬 for a unit’s HR', { timeout: 60_000 }, () => {
  const own = competition({ seen: [units[0]], nominated: nominations.slice(0, 2) });

  it('shows its own unit’s quota without an editor, and no decisions nor the download', async () => {
    show(unitHr, own);
    await screen.findByText('项目经理1');

    const row = rowOf(unitsTable(), '一标段项目部');
    expect(within(row).queryByLabelText('一标段项目部 名额')).toBeNull();
    expect(within(row).getByText('2')).toBeDefined();
    expect(within(row).getByRole('button', { name: /推荐/ })).toBeDefined();
    const waiting = rowOf(nominationsTable(), '项目经理1');
    expect(within(waiting).getByRole('button', { name: /撤回/ })).toBeDefined();
    expect(within(waiting).queryByRole('button', { name: /通\s?过/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /下载表彰名单/ })).toBeNull();
  });

  it('nominates a worker: checks the form, shows the API’s refusals on their fields and above, then sends it again', async () => {
    let refuse = true;
    const api = show(unitHr, own, {
      NominateForCommendation: () => {
        if (!refuse) return ok('nominateForCommendation');
        refuse = false;
        return {
          nominateForCommendation: {
            userErrors: [
              {
                field: ['registrationId'],
                code: 'LIMIT_EXCEEDED',
                message: '参赛单位：该单位的2个名额已用完：可撤回一项推荐，或请组织单位增加名额',
                problem: '该单位的2个名额已用完：可撤回一项推荐，或请组织单位增加名额',
              },
              { field: ['name'], code: 'INVALID', message: '姓名：王工登记的工作单位不是一标段项目部', problem: '王工登记的工作单位不是一标段项目部' },
            ],
          },
        };
      },
    });
    await screen.findByText('先进集体');
    fireEvent.click(within(rowOf(unitsTable(), '一标段项目部')).getByRole('button', { name: /推荐/ }));

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('推荐先进个人：一标段项目部')).toBeDefined();
    expect(within(dialog).getByText('本单位还可推荐 1 人。')).toBeDefined();
    fireEvent.click(within(dialog).getByRole('button', { name: '提交推荐' }));
    expect(await within(dialog).findByText('请填写姓名')).toBeDefined();
    expect(within(dialog).getByText('请填写主要事迹')).toBeDefined();

    fireEvent.change(within(dialog).getByLabelText('姓名'), { target: { value: ' 王工 ' } });
    fireEvent.change(within(dialog).getByLabelText('身份证号'), { target: { value: '110105194912310021' } });
    fireEvent.change(within(dialog).getByLabelText('主要事迹'), { target: { value: '技术革新，年节约成本30万元' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '提交推荐' }));
    expect(await within(dialog).findByText(/校验位/)).toBeDefined(); // checked as the API checks it
    expect(sent(api, 'NominateForCommendation')).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText('身份证号'), { target: { value: '11010519491231002x' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '提交推荐' }));

    await waitFor(() => expect(sent(api, 'NominateForCommendation')).toHaveLength(1));
    expect(sent(api, 'NominateForCommendation')[0].variables).toEqual({
      input: { registrationId: 'Registration:1', name: '王工', nationalId: '11010519491231002X', username: null, citation: '技术革新，年节约成本30万元' },
    });
    // the quota used up names no field of the form: above it, whole; the person's employer under the name
    expect(await within(dialog).findByText('参赛单位：该单位的2个名额已用完：可撤回一项推荐，或请组织单位增加名额')).toBeDefined();
    // the field's own error renders once the form has taken it (a render after the alert's)
    const nameError = await within(dialog).findByText('王工登记的工作单位不是一标段项目部');
    expect(within(nameError.closest('.ant-form-item') as HTMLElement).getByLabelText('姓名')).toBeDefined();

    fireEvent.click(within(dialog).getByRole('button', { name: '提交推荐' }));
    expect(await screen.findByText('已推荐王工，等待组织单位审定')).toBeDefined();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('withdraws a nomination waiting for the decision, after confirming it', async () => {
    const api = show(unitHr, own);
    await screen.findByText('项目经理1');
    fireEvent.click(within(rowOf(nominationsTable(), '项目经理1')).getByRole('button', { name: /撤回/ }));

    const confirm = await screen.findByText('撤回对项目经理1的推荐？', { selector: '.ant-modal-confirm-title, .ant-modal-confirm-title *' });
    const modal = confirm.closest('.ant-modal') as HTMLElement;
    expect(within(modal).getByText('撤回后不再占用本单位的名额，可以另行推荐。')).toBeDefined();
    expect(sent(api, 'WithdrawCommendationNomination')).toHaveLength(0);
    fireEvent.click(within(modal).getByRole('button', { name: '确认撤回' }));

    await waitFor(() => expect(sent(api, 'WithdrawCommendationNomination').map((op) => op.variables)).toEqual([{ id: 'CommendationNomination:1' }]));
    expect(await screen.findByText('已撤回对项目经理1的推荐')).toBeDefined();
  });
});

describe('年终表扬 before and beside', { timeout: 60_000 }, () => {
  it('opens nominations and decisions only once the results are published, and says so', async () => {
    show(districtOrganizer, competition({ status: 'SCORING_CLOSED', open: false }));
    expect(await screen.findByText('结果公布后开放推荐和审定：竞赛当前为“评分结束”。')).toBeDefined();

    expect((screen.getByLabelText('一标段项目部 名额') as HTMLInputElement).disabled).toBe(true);
    expect(within(unitsTable()).queryByRole('button', { name: /推荐/ })).toBeNull();
    expect(within(nominationsTable()).queryByRole('button', { name: /通\s?过/ })).toBeNull();
  });

  it('is a labor competition’s only', async () => {
    show(districtOrganizer, competition({ kind: 'SKILL' }));
    expect(await screen.findByText('年终表扬只适用于劳动竞赛；职业技能竞赛的荣誉称号在晋升审核中评定。')).toBeDefined();
    expect(screen.getByRole('link', { name: '2026年莱芜区重点工程劳动竞赛' })).toBeDefined();
  });

  it('says so when the competition is not there', async () => {
    show(districtOrganizer, { competition: null });
    expect(await screen.findByText('没有找到这场竞赛，或您无权查看。')).toBeDefined();
  });

  it('reads in English', async () => {
    show(districtOrganizer);
    await screen.findByText('项目经理1');
    await act(async () => {
      await changeLanguage('en');
    });

    expect(await screen.findByRole('heading', { name: 'Year-end commendation of individuals' })).toBeDefined();
    expect(screen.getByRole('button', { name: /Download the list of the commended/ })).toBeDefined();
    const first = rowOf(table('Units and quotas'), '一标段项目部');
    expect(within(first).getByRole('button', { name: /Nominate/ })).toBeDefined();
    expect(within(first).getByText('1 waiting · 0 approved')).toBeDefined();
    expect(within(rowOf(table('Units and quotas'), '二标段项目部')).getByText('Takes no part')).toBeDefined();
    expect(within(rowOf(table('Nominations'), '项目经理1')).getByText('Waiting')).toBeDefined();
    expect(rawEnumCodesIn(document.body.textContent ?? '')).toEqual([]);
  });
});
