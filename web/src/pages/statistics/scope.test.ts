import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../layout/viewer';
import { grantedOrganizations } from './scope';

const province = { id: 'Organization:1', name: '山东省总工会', ancestors: [] };
const jinan = { id: 'Organization:2', name: '济南市总工会', ancestors: [{ id: province.id }] };
const qingdao = { id: 'Organization:3', name: '青岛市总工会', ancestors: [{ id: province.id }] };
const laiwu = { id: 'Organization:4', name: '莱芜区总工会', ancestors: [{ id: province.id }, { id: jinan.id }] };
const steel = { id: 'Organization:9', name: '山钢集团', ancestors: [] };

const viewer = (grants: Viewer['grants']): Viewer => ({ username: 'someone', roles: [], grants, loading: false });

describe('where a caller’s statistics start', () => {
  it('is the organizations of their grants, those where they organize first', () => {
    const start = grantedOrganizations(viewer([
      { role: 'HR', organization: steel },
      { role: 'ORGANIZER', organization: qingdao },
      { role: 'ORGANIZER', organization: jinan },
    ]));
    expect(start).toEqual([
      { id: qingdao.id, name: '青岛市总工会' },
      { id: jinan.id, name: '济南市总工会' },
      { id: steel.id, name: '山钢集团' },
    ]);
  });

  it('names each organization once, and none below another one of them', () => {
    const start = grantedOrganizations(viewer([
      { role: 'ORGANIZER', organization: jinan },
      { role: 'HR', organization: jinan },
      { role: 'ORGANIZER', organization: laiwu },
    ]));
    expect(start).toEqual([{ id: jinan.id, name: '济南市总工会' }]);
  });

  it('is nothing for a caller without grants (they start from the roots)', () => {
    expect(grantedOrganizations(viewer([]))).toEqual([]);
  });
});
