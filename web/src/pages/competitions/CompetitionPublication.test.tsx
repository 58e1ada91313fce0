import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../i18n';
import { rawEnumCodesIn } from '../../i18n/rawEnumCodes';
import { fakeApi, renderAt, type Answer } from '../../test/fakeApi';
import { CompetitionPage } from './CompetitionPage';
import { formatMinute } from './publication';

// A busy machine renders antd slowly: wait up to 10 s for what a test awaits (findBy…, waitFor), never a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

const day = 86_400_000;
const publishedAt = new Date(Date.now() - day).toISOString();
const running = { publishedAt, noticeEndsAt: new Date(Date.now() + 2 * day + 5 * 3_600_000 + 60_000).toISOString(), publishedBy: 'organizer' };
const over = { publishedAt: new Date(Date.now() - 10 * day).toISOString(), noticeEndsAt: new Date(Date.now() - 3 * day).toISOString(), publishedBy: 'organizer' };

function competition(status: string, publication: Record<string, string> | null) {
  return {
    id: 'Competition:1',
    name: '全市职工职业技能大赛',
    kind: 'SKILL',
    level: 'MUNICIPAL_CLASS_II',
    status,
    resultsVisibility: 'LIVE',
    startsOn: '2026-05-01',
    endsOn: '2026-05-03',
    organizerName: '市总工会',
    publication,
    organization: { id: 'Organization:2', name: '济南市总工会', ancestors: [] },
    approval: { status: 'NOT_DECLARED', pendingAt: null, approvedBy: null, reviews: [] },
    events: [{ id: 'Event:1', name: '车工', format: 'INDIVIDUAL', occupationCode: null, judges: [], registrations: { totalCount: 3 } }],
  };
}

/** The competition page for `roles`, the API answering the mutations by name and keeping the status they move to. */
function show(status: string, publication: Record<string, string> | null, mutations: Record<string, (variables: Record<string, unknown>) => Answer> = {}, roles = ['organizer']) {
  const state = { status, publication };
  const api = fakeApi((name, variables) => {
    if (name === 'Competition') return { competition: competition(state.status, state.publication) };
    if (name === 'CompetitionAppeals') return { competition: { id: 'Competition:1', appeals: [] } };
    if (mutations[name]) return mutations[name](variables);
    throw new Error(`unexpected ${name}`);
  });
  render(renderAt(api.client, '/competitions/Competition:1', '/competitions/:id', <CompetitionPage />, { username: 'organizer', roles, loading: false }));
  return { api, state };
}

const sent = (api: ReturnType<typeof fakeApi>, name: string) => api.operations.filter((op) => op.name === name);
const cardOf = (title: string) => screen.getByText(title, { selector: '.ant-card-head-title' }).closest('.ant-card') as HTMLElement;

describe('成绩公示 on the competition page', { timeout: 60_000 }, () => {
  it('offers 公布成绩 once scoring is closed, first, the plain move to 成绩公示 beside it', async () => {
    show('SCORING_CLOSED', null);
    const publish = await screen.findByRole('button', { name: '公布成绩' });
    expect(publish.className).toContain('ant-btn-primary');
    const plain = screen.getByRole('button', { name: '推进到“成绩公示”' });
    expect(plain.className).not.toContain('ant-btn-primary');
    expect(publish.compareDocumentPosition(plain) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText('评分已结束，成绩尚未公布。公布成绩时设定公示期。')).toBeDefined();
    // no publication yet, and no appeals before it
    expect(screen.queryByText('公示期截止')).toBeNull();
    expect(screen.queryByText('申诉', { selector: '.ant-card-head-title' })).toBeNull();
  });

  it('publishes with a notice period of 7 days unless told otherwise, refusing an empty one', async () => {
    const { api, state } = show('SCORING_CLOSED', null, {
      PublishResults: (variables) => {
        const days = (variables.input as { noticeDays: number }).noticeDays;
        state.status = 'PUBLISHED';
        state.publication = { ...running, noticeEndsAt: new Date(Date.now() + days * day).toISOString() };
        return { publishResults: { competition: { id: 'Competition:1', status: 'PUBLISHED', publication: state.publication }, userErrors: [] } };
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: '公布成绩' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('公布“全市职工职业技能大赛”的成绩')).toBeDefined();
    const days = within(dialog).getByLabelText('公示期（天）') as HTMLInputElement;
    expect(days.value).toBe('7');

    fireEvent.change(days, { target: { value: '' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认公布' }));
    expect(await within(dialog).findByText('请填写公示期天数（0 到 90）')).toBeDefined();
    expect(sent(api, 'PublishResults')).toHaveLength(0);

    fireEvent.change(days, { target: { value: '3' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认公布' }));
    await waitFor(() => expect(sent(api, 'PublishResults').map((op) => op.variables)).toEqual([{ input: { competitionId: 'Competition:1', noticeDays: 3 } }]));
    expect(await screen.findByText(/^成绩已公布，公示期至 /)).toBeDefined();
    // the page reads the competition again: published, with its notice period
    expect(await screen.findByRole('button', { name: '确认最终成绩' })).toBeDefined();
    expect(within(cardOf('成绩公示')).getByText('公示中')).toBeDefined();
    expect(await screen.findByText('还没有申诉')).toBeDefined();
  });

  it('puts the API’s refusal of the notice period under the field', async () => {
    const { api } = show('SCORING_CLOSED', null, {
      PublishResults: () => ({
        publishResults: { competition: null, userErrors: [{ field: ['noticeDays'], code: 'INVALID', message: '公示期：不能超过 90 天', problem: '不能超过 90 天' }] },
      }),
    });
    fireEvent.click(await screen.findByRole('button', { name: '公布成绩' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '确认公布' }));

    const problem = await within(dialog).findByText('不能超过 90 天');
    expect(problem.closest('.ant-form-item')?.textContent).toContain('公示期（天）');
    expect(within(dialog).queryByText('未能公布成绩')).toBeNull();
    expect(sent(api, 'PublishResults').map((op) => op.variables)).toEqual([{ input: { competitionId: 'Competition:1', noticeDays: 7 } }]);
  });

  it('shows the publication: when, until when, by whom, and what is left of the notice period', async () => {
    show('PUBLISHED', running);
    const card = await waitFor(() => cardOf('成绩公示'));
    expect(within(card).getByText('公示中')).toBeDefined();
    expect(within(card).getByText(formatMinute(running.publishedAt))).toBeDefined();
    expect(within(card).getByText(formatMinute(running.noticeEndsAt))).toBeDefined();
    expect(within(card).getByText('organizer')).toBeDefined();
    expect(within(card).getByTestId('notice-left').textContent).toBe('公示期还剩 2 天 5 小时 1 分');
    expect(within(card).getByText('公示期内可以提出申诉；公示期结束前不能确认最终成绩。')).toBeDefined();
    expect(rawEnumCodesIn(document.body.textContent ?? '')).toEqual([]);
  });

  it('says when the notice period is over, and when the results are final', async () => {
    show('PUBLISHED', over);
    const card = await waitFor(() => cardOf('成绩公示'));
    expect(within(card).getByText('公示期已结束')).toBeDefined();
    expect(within(card).queryByTestId('notice-left')).toBeNull();
  });

  it('makes the results final after a confirmation, and shows the API’s refusal in its words', async () => {
    let refuse = true;
    const { api, state } = show('PUBLISHED', running, {
      FinalizeResults: () => {
        if (refuse) {
          return {
            finalizeResults: {
              competition: null,
              userErrors: [{ field: ['competitionId'], code: 'WRONG_STATE', message: '公示期至 2026-06-10 12:00 结束，尚有 1 件申诉待裁决：1 号 赵磊', problem: '公示期未结束' }],
            },
          };
        }
        state.status = 'FINAL';
        return { finalizeResults: { competition: { id: 'Competition:1', status: 'FINAL' }, userErrors: [] } };
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: '确认最终成绩' }));
    const title = await screen.findByText('确认“全市职工职业技能大赛”的最终成绩？', { selector: '.ant-modal-confirm-title, .ant-modal-confirm-title *' });
    expect(sent(api, 'FinalizeResults')).toHaveLength(0);
    await act(async () => {
      fireEvent.click(within(title.closest('.ant-modal') as HTMLElement).getByRole('button', { name: '确认最终成绩' }));
    });

    const alert = (await screen.findByText('公示期至 2026-06-10 12:00 结束，尚有 1 件申诉待裁决：1 号 赵磊')).closest('.ant-alert') as HTMLElement;
    expect(alert.className).toContain('ant-alert-error');
    expect(within(alert).getByText('未能确认最终成绩')).toBeDefined();
    expect(sent(api, 'FinalizeResults').map((op) => op.variables)).toEqual([{ competitionId: 'Competition:1' }]);

    refuse = false;
    // (its loading icon fades out: the name may still carry it)
    fireEvent.click(within(cardOf('竞赛状态')).getByRole('button', { name: /确认最终成绩$/ }));
    // the first confirmation may still be fading out: the new one comes last
    const titles = await waitFor(() => {
      const found = screen.getAllByText('确认“全市职工职业技能大赛”的最终成绩？', { selector: '.ant-modal-confirm-title, .ant-modal-confirm-title *' });
      expect(found.length).toBeGreaterThan(1);
      return found;
    });
    const again = titles[titles.length - 1];
    await act(async () => {
      fireEvent.click(within(again.closest('.ant-modal') as HTMLElement).getByRole('button', { name: '确认最终成绩' }));
    });
    expect(await screen.findByText('最终成绩已确认', { selector: '.ant-message *' })).toBeDefined();
    await waitFor(() => expect(within(cardOf('成绩公示')).getByText('最终成绩已确认')).toBeDefined());
    expect(screen.queryByText('未能确认最终成绩')).toBeNull();
  });

  it('warns that the plain move to 成绩公示 publishes with no notice period', async () => {
    const { api } = show('SCORING_CLOSED', null, {
      SetCompetitionStatus: () => ({ setCompetitionStatus: { competition: { id: 'Competition:1', status: 'PUBLISHED' }, userErrors: [] } }),
    });
    fireEvent.click(await screen.findByRole('button', { name: '推进到“成绩公示”' }));
    const title = await screen.findByText('将竞赛推进到“成绩公示”？', { selector: '.ant-modal-confirm-title, .ant-modal-confirm-title *' });
    const dialog = title.closest('.ant-modal') as HTMLElement;
    expect(within(dialog).getByText('这样推进时成绩以 0 天公示期公布，不接受申诉；要设定公示期，请用“公布成绩”。')).toBeDefined();
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: '确认推进' }));
    });
    await waitFor(() => expect(sent(api, 'SetCompetitionStatus').map((op) => op.variables)).toEqual([{ id: 'Competition:1', status: 'PUBLISHED' }]));
    expect(sent(api, 'PublishResults')).toHaveLength(0);
  });

  it('warns that moving past 成绩公示 by the status menu publishes with no notice period', async () => {
    show('SCORING_CLOSED', null);
    const more = await screen.findByRole('button', { name: /推进到其他状态/ });
    await act(async () => {
      fireEvent.mouseEnter(more);
      fireEvent.click(more);
    });
    const final = await waitFor(() => {
      const item = Array.from(document.querySelectorAll('.ant-dropdown-menu-item')).find((el) => el.textContent === '成绩确认');
      expect(item).toBeDefined();
      return item as HTMLElement;
    });
    fireEvent.click(final);
    expect(await screen.findByText('这样推进时成绩以 0 天公示期公布，不接受申诉；要设定公示期，请用“公布成绩”。')).toBeDefined();
  });

  it('offers neither publishing nor finalising to a viewer, who still reads the publication', async () => {
    show('PUBLISHED', running, {}, ['viewer']);
    const card = await waitFor(() => cardOf('成绩公示'));
    expect(within(card).getByText('公示中')).toBeDefined();
    expect(screen.queryByRole('button', { name: '确认最终成绩' })).toBeNull();
    expect(screen.queryByRole('button', { name: '公布成绩' })).toBeNull();
  });

  it('speaks English to an English reader', async () => {
    await changeLanguage('en');
    show('PUBLISHED', running);
    const card = await waitFor(() => cardOf('Publication of results'));
    expect(within(card).getByTestId('notice-left').textContent).toBe('Notice period: 2 d 5 h 1 min left');
    expect(screen.getByRole('button', { name: 'Make results final' })).toBeDefined();
  });
});
