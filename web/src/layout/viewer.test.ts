import { describe, expect, it } from 'vitest';
import { organizes, organizingOrganizations, type Viewer } from './viewer';

const province = { id: 'Organization:1', name: '山东省总工会', ancestors: [] };
const jinan = { id: 'Organization:2', name: '济南市总工会', ancestors: [{ id: 'Organization:1' }] };
const qingdao = { id: 'Organization:3', name: '青岛市总工会', ancestors: [{ id: 'Organization:1' }] };

const viewer = (grants: Viewer['grants']): Viewer => ({ username: 'someone', roles: ['organizer'], grants, loading: false });

describe('where the caller organizes', () => {
  it('is every organization of an ORGANIZER or ADMIN grant, once, without those below another', () => {
    const v = viewer([
      { role: 'ADMIN', organization: province },
      { role: 'ORGANIZER', organization: jinan },
      { role: 'HR', organization: qingdao },
    ]);
    expect(organizingOrganizations(v)).toEqual([{ id: province.id, name: province.name }]);
    expect(organizingOrganizations(viewer([{ role: 'ORGANIZER', organization: jinan }, { role: 'ORGANIZER', organization: qingdao }])))
      .toEqual([{ id: jinan.id, name: jinan.name }, { id: qingdao.id, name: qingdao.name }]);
    expect(organizingOrganizations(viewer([{ role: 'HR', organization: jinan }]))).toEqual([]);
  });

  it('covers an organization below a grant, not one beside it', () => {
    const v = viewer([{ role: 'ORGANIZER', organization: jinan }]);
    expect(organizes(v, { id: 'Organization:4', ancestors: [{ id: province.id }, { id: jinan.id }] })).toBe(true);
    expect(organizes(v, { id: 'Organization:5', ancestors: [{ id: province.id }, { id: qingdao.id }] })).toBe(false);
    expect(organizes(v, { id: province.id, ancestors: [] })).toBe(false);
  });
});
