import { act, cleanup, configure, fireEvent, render, screen, within } from '@testing-library/react';
import { isValidElement } from 'react';
import { createMemoryRouter, matchRoutes, RouterProvider } from 'react-router';
import { Provider } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { biwuRoles } from '../auth/roles';
import { SessionProvider, type Session } from '../auth/session';
import { routes } from '../routes';
import { fakeApi, type Answer } from '../test/fakeApi';
import { mayUse, restrictedScreens, screenAccess, type RestrictedScreen } from './access';
import { navEntries } from './navigation';
import { RequireAccess } from './RequireAccess';

// A busy machine renders antd slowly: wait up to 10 s for what a test awaits (findBy…, waitFor), never a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

const session: Session = { username: 'viewer', givenName: '芳', familyName: '王', logout: vi.fn() };

/** The whole app at a path, its API answering `me` with these roles (or never, while `me` is pending). */
function openAs(path: string, roles: string[] | 'pending', answer: (name: string) => Answer = () => ({})) {
  const api = fakeApi((name) =>
    name === 'Me' ? (roles === 'pending' ? new Promise<Answer>(() => {}) : { me: { username: 'someone', roles } }) : answer(name),
  );
  render(
    <SessionProvider value={session}>
      <Provider value={api.client}>
        <RouterProvider router={createMemoryRouter(routes, { initialEntries: [path] })} />
      </Provider>
    </SessionProvider>,
  );
  return api;
}

const hrHome = { promotionPolicies: [], competitions: { edges: [] } };

/** The screen the route table guards a path with, if any. */
function guardOf(path: string): RestrictedScreen | undefined {
  const matched = matchRoutes(routes, path) ?? [];
  const element = matched[matched.length - 1]?.route.element;
  return isValidElement<{ screen: RestrictedScreen }>(element) && element.type === RequireAccess ? element.props.screen : undefined;
}

describe('who may use which screen', { timeout: 60_000 }, () => {
  it('shows a viewer who opens /hr the no-access page, and asks the API nothing of HR', async () => {
    const api = openAs('/hr', ['viewer', 'offline_access'], () => hrHome);

    const page = await screen.findByTestId('no-access');
    expect(screen.getByText('无权访问')).toBeDefined();
    expect(page.textContent).toContain('“晋升审核”仅供人力资源或组织者使用。');
    expect(page.textContent).toContain('您的角色：观众。');
    expect(screen.getByRole('link', { name: '回到首页' }).getAttribute('href')).toBe('/');
    expect(api.operations.map((o) => o.name).filter((name) => name !== 'Me')).toEqual([]);
  });

  it('shows HR their screen', async () => {
    const api = openAs('/hr', ['hr'], () => hrHome);

    expect(await screen.findByRole('heading', { name: '晋升审核' })).toBeDefined();
    expect(screen.queryByText('无权访问')).toBeNull();
    expect(api.operations.map((o) => o.name)).toContain('HrHome');
  });

  it('lets an organizer act as HR', async () => {
    openAs('/hr', ['organizer'], () => hrHome);
    expect(await screen.findByRole('heading', { name: '晋升审核' })).toBeDefined();
  });

  it("shows a spinner, not a refusal, while the caller's roles are not known", async () => {
    const api = openAs('/hr', 'pending');

    expect(await screen.findByLabelText('正在核对您的角色…')).toBeDefined();
    expect(screen.queryByText('无权访问')).toBeNull();
    expect(api.operations.map((o) => o.name).filter((name) => name !== 'Me')).toEqual([]);
  });

  it('refuses the worker portal to a judge, in English with their roles in words', async () => {
    const api = openAs('/me', ['judge', 'scorekeeper']);
    await screen.findByTestId('no-access');

    await act(async () => {
      fireEvent.click(screen.getByText('English'));
    });

    const page = screen.getByTestId('no-access');
    expect(screen.getByText('No access')).toBeDefined();
    expect(page.textContent).toContain('“My results” is for Competitor only.');
    expect(page.textContent).toContain('Your roles: Judge and Scorekeeper.');
    expect(api.operations.map((o) => o.name)).not.toContain('WorkerPortal');
  });

  it('gives organizers the review inbox, and refuses it to a judge without asking the API for it', async () => {
    const organizer = openAs('/labor/reviews', ['organizer'], (name) => (name === 'ReviewInbox' ? { reviewInbox: [] } : {}));
    expect(await screen.findByRole('heading', { name: '审核待办' })).toBeDefined();
    expect(await screen.findByText('没有待审核的申报')).toBeDefined();
    expect(organizer.operations.map((o) => o.name)).toContain('ReviewInbox');
    expect(within(screen.getByRole('navigation', { name: '导航' })).getByText('审核待办')).toBeDefined();
  });

  it('refuses the review inbox to a judge', async () => {
    const api = openAs('/labor/reviews', ['judge']);
    const page = await screen.findByTestId('no-access');
    expect(page.textContent).toContain('“审核待办”仅供组织者或平台管理员使用。');
    expect(api.operations.map((o) => o.name)).not.toContain('ReviewInbox');
  });

  it('refuses the period assessment to a judge: the assessment group’s marks are entered for it', async () => {
    const api = openAs('/labor/events/RXZlbnQ6MQ/assess', ['judge']);
    const page = await screen.findByTestId('no-access');
    expect(page.textContent).toContain('“考核评分”仅供组织者、记分员或裁判长使用。');
    expect(api.operations.map((o) => o.name)).not.toContain('LaborAssessment');
  });

  it('gives HR a labor competition’s year-end commendation, and refuses it to a judge without asking the API for it', async () => {
    const path = '/labor/competitions/Q29tcGV0aXRpb246Nw/commendations';
    const hr = openAs(path, ['hr'], (name) => (name === 'CompetitionCommendation' ? { competition: null } : {}));
    expect(await screen.findByText('没有找到这场竞赛，或您无权查看。')).toBeDefined();
    expect(hr.operations.map((o) => o.name)).toContain('CompetitionCommendation');
    cleanup();

    const judge = openAs(path, ['judge']);
    const page = await screen.findByTestId('no-access');
    expect(page.textContent).toContain('“年终表扬”仅供组织者或人力资源使用。');
    expect(judge.operations.map((o) => o.name)).not.toContain('CompetitionCommendation');
  });

  it('says so when the caller has no Biwu role at all', async () => {
    openAs('/competitions/Q29tcGV0aXRpb246MQ/events/new', ['offline_access']);
    const page = await screen.findByTestId('no-access');
    expect(page.textContent).toContain('“新建赛项”仅供组织者使用。');
    expect(within(page).getByText('您的账号还没有比武的角色。')).toBeDefined();
  });
});

describe('the access table', () => {
  it('names who may use each restricted screen', () => {
    expect(screenAccess).toEqual({
      hr: ['hr', 'organizer'],
      judge: ['judge', 'chief-judge', 'scorekeeper', 'organizer'],
      newEvent: ['organizer'],
      me: ['competitor'],
      organizations: ['organizer', 'admin', 'hr'],
      laborReviews: ['organizer', 'admin'],
      laborAssess: ['organizer', 'scorekeeper', 'chief-judge'],
      laborStatistics: ['organizer', 'admin', 'hr'],
      laborCommendations: ['organizer', 'hr'],
    });
    expect(mayUse('laborCommendations', ['hr'])).toBe(true);
    expect(mayUse('laborCommendations', ['judge', 'competitor'])).toBe(false);
    expect(mayUse('laborReviews', ['hr'])).toBe(false);
    expect(mayUse('laborReviews', ['admin'])).toBe(true);
    expect(mayUse('laborAssess', ['judge'])).toBe(false);
    expect(mayUse('laborAssess', ['scorekeeper'])).toBe(true);
    expect(mayUse('hr', ['viewer'])).toBe(false);
    expect(mayUse('hr', ['organizer'])).toBe(true);
    expect(mayUse('judge', ['scorekeeper'])).toBe(true);
    expect(mayUse('me', ['organizer'])).toBe(false);
  });

  it('guards every restricted route with its entry, and leaves the open ones open', () => {
    expect(guardOf('/hr')).toBe('hr');
    expect(guardOf('/hr/competitions/Q29tcGV0aXRpb246MQ')).toBe('hr');
    expect(guardOf('/judge')).toBe('judge');
    expect(guardOf('/judge/events/RXZlbnQ6MQ')).toBe('judge');
    expect(guardOf('/competitions/Q29tcGV0aXRpb246MQ/events/new')).toBe('newEvent');
    expect(guardOf('/me')).toBe('me');
    expect(guardOf('/organizations')).toBe('organizations');
    expect(guardOf('/organizations/T3JnYW5pemF0aW9uOjE')).toBe('organizations');
    expect(guardOf('/labor/reviews')).toBe('laborReviews');
    expect(guardOf('/labor/events/RXZlbnQ6MQ/assess')).toBe('laborAssess');
    expect(guardOf('/labor/events/RXZlbnQ6MQ/assess/P2')).toBe('laborAssess');
    expect(guardOf('/labor/statistics')).toBe('laborStatistics');
    expect(guardOf('/labor/competitions/Q29tcGV0aXRpb246Nw/commendations')).toBe('laborCommendations');
    for (const open of ['/', '/competitions', '/competitions/Q29tcGV0aXRpb246MQ', '/events/RXZlbnQ6MQ', '/scoreboard/RXZlbnQ6MQ', '/scoreboard/RXZlbnQ6MQ/F']) {
      expect(guardOf(open), open).toBeUndefined();
    }
    const guarded = ['/hr', '/judge', '/competitions/1/events/new', '/me', '/organizations', '/labor/reviews', '/labor/events/1/assess', '/labor/statistics', '/labor/competitions/1/commendations'];
    expect(new Set(guarded.map(guardOf))).toEqual(new Set(restrictedScreens));
  });

  it('agrees with the navigation: each role is offered exactly the guarded screens it may open', () => {
    for (const role of biwuRoles) {
      const offered = navEntries([role]).map((entry) => entry.path);
      for (const path of offered) {
        const guard = guardOf(path);
        expect(!guard || mayUse(guard, [role]), `${role} is offered ${path}`).toBe(true);
      }
      for (const path of ['/judge', '/hr', '/me', '/labor/reviews']) {
        expect(offered.includes(path), `${role} and ${path}`).toBe(mayUse(guardOf(path)!, [role]));
      }
    }
  });
});
