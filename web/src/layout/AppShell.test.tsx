import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CombinedError, Provider, type Client, type OperationResult } from 'urql';
import { concat, fromValue, never } from 'wonka';
import { SessionProvider, type Session } from '../auth/session';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../routes';
import { MeQuery } from './AppShell';

const session: Session = { username: 'organizer', givenName: '明华', familyName: '李', logout: vi.fn() };

/** A client whose every query answers with the given result (or not yet, for loading); like a real one, it keeps the stream open. */
function clientAnswering(result?: Partial<OperationResult>): { client: Client; executeQuery: ReturnType<typeof vi.fn> } {
  const executeQuery = vi.fn(() => (result ? concat([fromValue(result), never]) : never));
  return { client: { executeQuery } as unknown as Client, executeQuery };
}

function renderShell(client: Client, path = '/') {
  return render(
    <SessionProvider value={session}>
      <Provider value={client}>
        <RouterProvider router={createMemoryRouter(routes, { initialEntries: [path] })} />
      </Provider>
    </SessionProvider>,
  );
}

describe('AppShell', () => {
  it('asks the API who is signed in and shows their roles in the header', () => {
    const { client, executeQuery } = clientAnswering({ data: { me: { username: 'organizer', roles: ['organizer', 'offline_access'] } } });

    renderShell(client);

    expect(executeQuery.mock.calls[0][0].query).toBe(MeQuery);
    const header = screen.getByRole('banner');
    expect(header.textContent).toContain('李明华');
    expect(header.textContent).toContain('@organizer');
    expect(header.textContent).toContain('组织者');
    expect(header.textContent).not.toContain('offline_access');
    expect(screen.getByText('欢迎，李明华！')).toBeDefined();
  });

  it("shows the navigation the caller's roles give", () => {
    const { client } = clientAnswering({ data: { me: { username: 'hr', roles: ['hr'] } } });

    renderShell(client, '/');

    const nav = screen.getByRole('navigation', { name: '导航' });
    expect(nav.textContent).toContain('竞赛与大屏');
    expect(nav.textContent).toContain('晋升审核');
    expect(nav.textContent).not.toContain('评分');
    expect(nav.textContent).not.toContain('我的成绩');
  });

  it('shows the name from the token while the API is still answering', () => {
    renderShell(clientAnswering().client);

    expect(screen.getByRole('banner').textContent).toContain('李明华');
    expect(screen.getByLabelText('正在读取用户信息…')).toBeDefined();
  });

  it('says what failed and what to do when the API call fails', () => {
    const error = new CombinedError({ networkError: new Error('502 Bad Gateway') });
    renderShell(clientAnswering({ error }).client);

    expect(screen.getByText('无法读取用户信息')).toBeDefined();
    expect(screen.getByText(/调用 GraphQL 服务 \/graphql 失败：\[Network\] 502 Bad Gateway/)).toBeDefined();
    // antd spaces out two-character Chinese labels: 重 试
    expect(screen.getByRole('button', { name: /^重\s?试$/ })).toBeDefined();
  });
});
