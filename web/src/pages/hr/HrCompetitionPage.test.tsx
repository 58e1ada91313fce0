import { act, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../i18n';
import { rawEnumCodesIn } from '../../i18n/rawEnumCodes';
import { fakeApi, renderAt, type Answer } from '../../test/fakeApi';
import { HrCompetitionPage } from './HrCompetitionPage';

// A busy machine renders antd slowly: wait up to 10 s for what a test awaits (findBy…, waitFor), never a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

const hr2 = {
  username: 'hr2',
  roles: ['hr'],
  grants: [{ role: 'HR', organization: { id: 'Organization:5', name: '莱芜精工装备有限公司' } }],
  loading: false,
};

const policy = (id: string, name: string, extra: { source?: string; createdBy?: string; appliesTo?: string[] } = {}) => ({
  id,
  name,
  source: extra.source ?? null,
  template: !extra.createdBy,
  createdBy: extra.createdBy ?? null,
  appliesTo: extra.appliesTo ?? [],
});

const policies = [
  policy('T1', '浙江省 市级二类竞赛 (2016)', { source: '浙人社发〔2016〕', appliesTo: ['MUNICIPAL_CLASS_II'] }),
  policy('P1', '城东机械厂晋升办法', { createdBy: 'hr1' }),
  policy('P2', '本厂技能比武办法', { createdBy: 'hr2', source: '厂发〔2026〕3号' }),
  policy('T2', '国家级一类竞赛 (2022)', { source: '人社部发〔2022〕14号', appliesTo: ['NATIONAL_CLASS_I'] }),
];

const outcome = (id: string, name: string, status: string) => ({
  id,
  kind: 'SKILL_LEVEL',
  fromLevel: 'SENIOR',
  toLevel: 'TECHNICIAN',
  title: null,
  status,
  note: null,
  reason: '《浙江省 市级二类竞赛 (2016)》: rank 1 of 3',
  year: 2026,
  decidedAt: status === 'PROPOSED' ? null : '2026-05-02T10:00:00Z',
  decidedBy: status === 'PROPOSED' ? null : 'hr2',
  person: { id: `Person:${id}`, name, affiliation: '城东机械厂', skillLevel: 'SENIOR' },
  registration: { id: `Registration:${id}`, bib: id, event: { id: 'Event:1', name: '车工' } },
  policy: { id: 'T1', name: '浙江省 市级二类竞赛 (2016)' },
});

function open(
  outcomes: unknown[] = [],
  answer: (name: string) => Answer | undefined = () => undefined,
  viewer: { username: string; roles: string[]; loading: boolean; grants?: typeof hr2.grants } = hr2,
) {
  const api = fakeApi(
    (name) =>
      answer(name) ?? {
        competition: { id: 'Competition:1', name: '全市职工职业技能大赛', level: 'MUNICIPAL_CLASS_II', status: 'SCORING_CLOSED', promotionOutcomes: outcomes },
        promotionPolicies: policies,
      },
  );
  render(renderAt(api.client, '/hr/competitions/Competition:1', '/hr/competitions/:id', <HrCompetitionPage />, viewer));
  return api;
}

/** What the open picker lists, in order: groups as [group], policies by their label. */
function listed(): string[] {
  return Array.from(document.querySelectorAll('.ant-select-dropdown .ant-select-item'), (item) =>
    item.classList.contains('ant-select-item-group') ? `[${item.textContent}]` : (item.getAttribute('title') ?? ''),
  );
}

async function openPicker(label = '晋升政策') {
  const picker = await screen.findByRole('combobox', { name: label });
  await act(async () => {
    fireEvent.mouseDown(picker);
  });
  await waitFor(() => expect(listed().length).toBeGreaterThan(0));
  return picker;
}

describe('HrCompetitionPage: the policy picker', { timeout: 60_000 }, () => {
  it("lists my policies first, then the templates, then others', in labelled groups", async () => {
    open();
    await openPicker();

    expect(listed()).toEqual([
      '[我创建的政策]',
      '本厂技能比武办法',
      '[政策模板]',
      '浙江省 市级二类竞赛 (2016)',
      '国家级一类竞赛 (2022)（不适用于本竞赛级别）',
      '[其他人创建的政策]',
      '城东机械厂晋升办法',
    ]);
    // each policy with its source under its name
    expect(screen.getByText('人社部发〔2022〕14号')).toBeDefined();
  });

  it('finds a policy by typing part of its name or of its source', async () => {
    open();
    const picker = await openPicker();

    await act(async () => {
      fireEvent.change(picker, { target: { value: '浙江' } });
    });
    await waitFor(() => expect(listed()).toEqual(['[政策模板]', '浙江省 市级二类竞赛 (2016)']));

    await act(async () => {
      fireEvent.change(picker, { target: { value: '3号' } });
    });
    await waitFor(() => expect(listed()).toEqual(['[我创建的政策]', '本厂技能比武办法']));

    await act(async () => {
      fireEvent.change(picker, { target: { value: '政策' } }); // a group's label is not a policy
    });
    await waitFor(() => expect(listed()).toEqual([]));
  });

  it('evaluates with the policy picked from the search', async () => {
    const api = open();
    const picker = await openPicker();
    await act(async () => {
      fireEvent.change(picker, { target: { value: '城东' } });
    });
    await waitFor(() => expect(listed()).toEqual(['[其他人创建的政策]', '城东机械厂晋升办法']));

    await act(async () => {
      fireEvent.click(document.querySelector('.ant-select-dropdown .ant-select-item-option')!);
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /评估晋升/ }));
    });

    await waitFor(() =>
      expect(api.operations.find((o) => o.name === 'EvaluatePromotions')?.variables).toEqual({ competitionId: 'Competition:1', policyId: 'P1' }),
    );
  });
});

describe('HrCompetitionPage in both languages', { timeout: 60_000 }, () => {
  it('shows Chinese readers the outcomes without an API code', async () => {
    open([outcome('1', '赵磊', 'PROPOSED'), outcome('2', '钱伟', 'APPROVED'), outcome('3', '孙丽', 'REJECTED')]);
    await screen.findByText('赵磊');

    expect(screen.getAllByText('高级工 → 技师')).toHaveLength(3);
    expect(screen.getAllByText('已批准').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: /批准/ })).toBeDefined();
    expect(rawEnumCodesIn(document.body.textContent ?? '')).toEqual([]);
  });

  it('tells an organizer without an HR grant that HR decides, and offers no decision', async () => {
    open([outcome('1', '赵磊', 'PROPOSED')], () => undefined, { username: 'organizer', roles: ['organizer'], loading: false });
    expect(await screen.findByText('由人员所在单位的人力资源审核')).toBeDefined();
    expect(screen.queryByRole('button', { name: /批准/ })).toBeNull();
  });

  it('counts the outcomes an evaluation proposed in English: 1 outcome, 2 outcomes', async () => {
    let proposed = 1;
    const evaluated = () => ({
      evaluatePromotions: { outcomes: Array.from({ length: proposed }, (_, i) => outcome(String(i + 1), '赵磊', 'PROPOSED')), userErrors: [] },
    });
    open([], (name) => (name === 'EvaluatePromotions' ? evaluated() : undefined));
    await act(async () => {
      await changeLanguage('en');
    });
    const picker = await openPicker('Promotion policy');
    await act(async () => {
      fireEvent.change(picker, { target: { value: '浙江' } });
    });
    await waitFor(() => expect(listed()).toEqual(['[Templates]', '浙江省 市级二类竞赛 (2016)']));
    await act(async () => {
      fireEvent.click(document.querySelector('.ant-select-dropdown .ant-select-item-option')!);
    });

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /Evaluate promotions/ }));
    });
    expect(await screen.findByText('Evaluated: 1 outcome to review')).toBeDefined();

    proposed = 2;
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /Evaluate promotions/ }));
    });
    expect(await screen.findByText('Evaluated: 2 outcomes to review')).toBeDefined();
  });
});
