import { act, configure, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../i18n';
import { rawEnumCodesIn } from '../../i18n/rawEnumCodes';
import { fakeApi, renderAt } from '../../test/fakeApi';
import { HrPage } from './HrPage';

// A busy machine renders antd slowly: wait up to 10 s for what a test awaits (findBy…, waitFor), never a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

const rule = { rankFrom: 1, rankTo: 3, percentFrom: null, percentTo: null, awards: [], format: null, teamSize: null, minField: null, maxField: null, requirePassedModules: false, category: 'EMPLOYEE', outcome: 'SKILL_LEVEL', level: 'TECHNICIAN', levelSteps: null, title: null };
const policy = (id: string, name: string, createdBy: string | null, rules: number) => ({
  id,
  name,
  source: null,
  appliesTo: ['MUNICIPAL_CLASS_II'],
  oncePerYear: true,
  template: createdBy === null,
  createdBy,
  rules: Array.from({ length: rules }, () => rule),
});

function show() {
  const api = fakeApi(() => ({
    promotionPolicies: [policy('T1', '浙江省 市级二类竞赛 (2016)', null, 2), policy('P1', '本厂办法', 'hr', 1), policy('P2', '城东办法', 'hr1', 3)],
    competitions: { edges: [{ node: { id: 'Competition:1', name: '全市职工职业技能大赛', level: 'MUNICIPAL_CLASS_II', status: 'SCORING_CLOSED', startsOn: '2026-05-01' } }] },
  }));
  render(renderAt(api.client, '/hr', '/hr', <HrPage />, { username: 'hr', roles: ['hr'], loading: false }));
}

const policyRow = (name: string) => screen.getByText(name).closest('tr')!;

describe('HrPage', { timeout: 60_000 }, () => {
  it('says whose each policy is and how many rules it has, and shows Chinese readers no API code', async () => {
    show();
    await screen.findByText('本厂办法');

    expect(within(policyRow('浙江省 市级二类竞赛 (2016)')).getByText('模板')).toBeDefined();
    expect(within(policyRow('本厂办法')).getByText('我创建的')).toBeDefined();
    expect(within(policyRow('城东办法')).getByText('hr1 创建')).toBeDefined();
    expect(within(policyRow('城东办法')).getByText('3 条规则')).toBeDefined();
    expect(screen.getByText('竞赛到“评分结束”之后可以评估晋升。')).toBeDefined();
    expect(rawEnumCodesIn(document.body.textContent ?? '')).toEqual([]);
  });

  it('counts rules in English: 1 rule, 2 rules', async () => {
    show();
    await screen.findByText('本厂办法');
    await act(async () => {
      await changeLanguage('en');
    });

    expect(within(policyRow('本厂办法')).getByText('1 rule')).toBeDefined();
    expect(within(policyRow('浙江省 市级二类竞赛 (2016)')).getByText('2 rules')).toBeDefined();
    expect(within(policyRow('本厂办法')).getByText('Mine')).toBeDefined();
    expect(within(policyRow('城东办法')).getByText('By hr1')).toBeDefined();
    expect(screen.getByText('A competition’s promotions can be evaluated from “Scoring closed” on.')).toBeDefined();
  });
});
