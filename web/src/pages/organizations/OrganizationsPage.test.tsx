import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, renderAt } from '../../test/fakeApi';
import { importAnswer } from './ImportCard';
import { OrganizationsPage } from './OrganizationsPage';

// A busy machine renders antd slowly: wait up to 10 s for what a test awaits, never a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

const province = { id: 'Organization:1', name: '山东省总工会', kind: 'FEDERATION' };
const jinan = { id: 'Organization:2', name: '济南市总工会', kind: 'FEDERATION' };
const laiwu = { id: 'Organization:4', name: '莱芜区总工会', kind: 'FEDERATION' };

function api() {
  return fakeApi((name, variables) => {
    if (name === 'OrganizationChildren') {
      const children: Record<string, unknown[]> = { '': [province], [province.id]: [jinan], [jinan.id]: [laiwu] };
      return { organizations: { edges: (children[String(variables.parentId ?? '')] ?? []).map((node) => ({ node })) } };
    }
    if (name === 'Organization') {
      return {
        organization: {
          ...laiwu,
          code: null,
          regionCode: '370116',
          ancestors: [province, jinan],
          competitions: { totalCount: 1, edges: [{ node: { id: 'Competition:9', name: '莱芜区焊工技能比武', status: 'DRAFT' } }] },
        },
        roleGrants: [
          {
            id: 'RoleGrant:3',
            username: 'jinan-organizer',
            role: 'ORGANIZER',
            grantedBy: 'demo',
            grantedAt: '2026-12-01T08:00:00Z',
            organization: { id: jinan.id, name: jinan.name },
          },
        ],
      };
    }
    return {};
  });
}

function show(grants: { role: string; organization: { id: string; name: string } }[], roles = ['organizer']) {
  const fake = api();
  render(renderAt(fake.client, `/organizations/${encodeURIComponent(laiwu.id)}`, '/organizations/:id?', <OrganizationsPage />, {
    username: 'someone',
    roles,
    grants,
    loading: false,
  }));
  return fake;
}

describe('OrganizationsPage', { timeout: 30_000 }, () => {
  it('shows the roots of the tree and opens a level when asked', async () => {
    show([]);
    fireEvent.click((await screen.findByTitle('山东省总工会')).closest('.ant-tree-treenode')!.querySelector('.ant-tree-switcher')!);
    expect(await screen.findByTitle('济南市总工会')).toBeDefined();
  });

  it('shows the organization picked: the organizations above it and its competitions', async () => {
    show([]);
    expect(await screen.findByRole('link', { name: '莱芜区焊工技能比武' })).toBeDefined();
    expect(screen.getByText('370116')).toBeDefined();
    expect(screen.getAllByRole('link', { name: '济南市总工会' }).length).toBeGreaterThan(0);
  });

  it('gives its organizers the grants, a new organization below and the import; others none of it', async () => {
    show([{ role: 'ORGANIZER', organization: { id: jinan.id, name: jinan.name } }]);
    expect(await screen.findByText('jinan-organizer')).toBeDefined();
    expect(screen.getByText('批量导入')).toBeDefined();
    expect(screen.getByRole('button', { name: /新建下级单位/ })).toBeDefined();
  });

  it('offers an organizer of another organization nothing to change here', async () => {
    show([{ role: 'ORGANIZER', organization: { id: 'Organization:3', name: '青岛市总工会' } }]);
    await screen.findByRole('link', { name: '莱芜区焊工技能比武' });
    await waitFor(() => expect(screen.queryByText('批量导入')).toBeNull());
    expect(screen.queryByText('jinan-organizer')).toBeNull();
    expect(screen.queryByRole('button', { name: /新建下级单位/ })).toBeNull();
  });
});

describe('the import endpoint’s answer', () => {
  it('is the report of a file, or the refusal as problems without a row', async () => {
    const report = await importAnswer(new Response(JSON.stringify({ created: 0, problems: [{ row: 4, column: '类型*', message: '“小组”不是单位类型' }] }), { status: 422 }));
    expect(report).toEqual({ created: 0, problems: [{ row: 4, column: '类型*', message: '“小组”不是单位类型' }] });
    const refused = await importAnswer(new Response(JSON.stringify({ problems: [{ message: '只有…组织者可以执行此操作', code: 'FORBIDDEN' }] }), { status: 403 }));
    expect(refused.problems).toEqual([{ row: 0, column: '', message: '只有…组织者可以执行此操作' }]);
    expect((await importAnswer(new Response('oops', { status: 502 }))).problems[0].message).toBe('HTTP 502');
  });
});
