import { describe, expect, it } from 'vitest';
import { groupPolicies, policyGroup, policyMatches } from './policyGroups';

const template = (id: string, name: string, source: string) => ({ id, name, source, template: true, createdBy: null });
const by = (createdBy: string, id: string, name: string) => ({ id, name, source: null, template: false, createdBy });

const policies = [
  template('T1', '浙江省 市级二类竞赛 (2016)', '浙人社发〔2016〕'),
  by('hr1', 'P1', '城东机械厂晋升办法'),
  by('hr2', 'P2', '我的晋升办法'),
  template('T2', '国家级一类竞赛 (2022)', '人社部发〔2022〕14号'),
  by('organizer', 'P3', '组织者的办法'),
  by('hr2', 'P4', '我的第二个办法'),
];

describe('the policy picker', () => {
  it("lists the caller's own policies first, then the shipped templates, then others', each in the API's order", () => {
    const groups = groupPolicies(policies, 'hr2');
    expect(groups.map((g) => [g.group, g.policies.map((p) => p.id)])).toEqual([
      ['mine', ['P2', 'P4']],
      ['templates', ['T1', 'T2']],
      ['others', ['P1', 'P3']],
    ]);
  });

  it('leaves out a group with nothing in it', () => {
    expect(groupPolicies(policies.filter((p) => p.template), 'hr2').map((g) => g.group)).toEqual(['templates']);
  });

  it('counts a policy as a template when it is one or nobody created it', () => {
    expect(policyGroup({ id: 'x', name: 'x', template: false, createdBy: null }, 'hr')).toBe('templates');
    expect(policyGroup({ id: 'x', name: 'x', template: false, createdBy: 'hr' }, '')).toBe('others');
  });

  it('finds a policy by its name or its source, every word typed, in any case', () => {
    expect(policyMatches(policies[0], '浙江')).toBe(true);
    expect(policyMatches(policies[3], '14号')).toBe(true);
    expect(policyMatches(policies[3], '国家级 2022')).toBe(true);
    expect(policyMatches(policies[3], '国家级 2016')).toBe(false);
    expect(policyMatches({ name: 'Zhejiang municipal II', source: null }, 'ZHEJIANG')).toBe(true);
    expect(policyMatches(policies[1], '')).toBe(true);
  });
});
