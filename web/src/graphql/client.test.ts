import type Keycloak from 'keycloak-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../i18n';
import { createApiClient, freshToken, graphqlWebSocketUrl } from './client';

function fakeKeycloak(updateToken: () => Promise<boolean>, token = 'token-1') {
  return { updateToken: vi.fn(updateToken), login: vi.fn(async () => undefined), token } as unknown as Keycloak & {
    login: ReturnType<typeof vi.fn>;
  };
}

describe('graphqlWebSocketUrl', () => {
  it('uses the page origin: ws on http, wss on https', () => {
    expect(graphqlWebSocketUrl({ protocol: 'http:', host: 'localhost:4173' })).toBe('ws://localhost:4173/graphql');
    expect(graphqlWebSocketUrl({ protocol: 'https:', host: 'biwu.example.org' })).toBe('wss://biwu.example.org/graphql');
  });
});

describe('createApiClient', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** The headers of each request the client sent, as fetch got them. */
  function recordRequests() {
    const sent: Record<string, string>[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        sent.push(Object.fromEntries(new Headers(init.headers).entries()));
        return new Response(JSON.stringify({ data: { me: { username: 'hr', roles: ['hr'] } } }), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        });
      }),
    );
    return sent;
  }

  it('sends the UI language as Accept-Language beside the bearer token, the current one on every request', async () => {
    const sent = recordRequests();
    const keycloak = { token: 'token-1', isTokenExpired: () => false, updateToken: vi.fn(async () => false) } as unknown as Keycloak;
    const client = createApiClient(keycloak);
    const me = 'query Me { me { username roles } }';

    await client.query(me, {}, { requestPolicy: 'network-only' }).toPromise();
    await changeLanguage('en');
    await client.query(me, {}, { requestPolicy: 'network-only' }).toPromise();

    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatchObject({ authorization: 'Bearer token-1', 'accept-language': 'zh-CN' });
    expect(sent[1]).toMatchObject({ authorization: 'Bearer token-1', 'accept-language': 'en' });
  });
});

describe('freshToken', () => {
  it('refreshes a token about to expire and returns the current one', async () => {
    const keycloak = fakeKeycloak(async () => true);
    expect(await freshToken(keycloak)).toBe('token-1');
    expect(keycloak.updateToken).toHaveBeenCalledWith(30);
  });

  it('keeps the page when Keycloak cannot be reached (offline judge pad)', async () => {
    const keycloak = fakeKeycloak(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await freshToken(keycloak)).toBe('token-1');
    expect(keycloak.login).not.toHaveBeenCalled();
  });

  it('signs in again when Keycloak refuses the refresh (the session is over)', async () => {
    const keycloak = fakeKeycloak(async () => {
      throw Object.assign(new Error('refresh refused'), { response: { status: 400 } });
    });
    await freshToken(keycloak);
    expect(keycloak.login).toHaveBeenCalled();
  });
});

/** Just enough of a browser WebSocket for graphql-ws: records what the client sends. */
class FakeSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  static opened: FakeSocket[] = [];
  readonly protocol = 'graphql-transport-ws';
  readyState = 0;
  sent: Record<string, unknown>[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onclose: ((event: { code: number; reason: string; wasClean: boolean }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  constructor(
    readonly url: string,
    readonly protocols: string | string[],
  ) {
    FakeSocket.opened.push(this);
    setTimeout(() => {
      this.readyState = 1;
      this.onopen?.();
    });
  }
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close(code = 1000, reason = '') {
    this.readyState = 3;
    this.onclose?.({ code, reason, wasClean: true });
  }
  /** The server drops the connection. */
  drop() {
    this.readyState = 3;
    this.onclose?.({ code: 1006, reason: 'gone', wasClean: false });
  }
}

describe('createSubscriptionSocket', () => {
  it('opens graphql-transport-ws on /graphql with the bearer token and the UI language in connection_init, afresh on every reconnect', async () => {
    const { createSubscriptionSocket } = await import('./client');
    FakeSocket.opened = [];
    let token = 'token-1';
    const keycloak = {
      updateToken: vi.fn(async () => false),
      get token() {
        return token;
      },
    } as unknown as Keycloak;
    const socket = createSubscriptionSocket(keycloak, 'ws://localhost:4173/graphql', FakeSocket);
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const stop = socket.subscribe({ query: 'subscription { leaderboardChanged(eventId: "Event:1") { version } }' }, { next: () => {}, error: () => {}, complete: () => {} });
      await vi.advanceTimersByTimeAsync(10);

      const first = FakeSocket.opened[0];
      expect(first.url).toBe('ws://localhost:4173/graphql');
      expect(first.protocols).toBe('graphql-transport-ws');
      expect(first.sent[0]).toEqual({ type: 'connection_init', payload: { Authorization: 'Bearer token-1', 'Accept-Language': 'zh-CN' } });

      token = 'token-2';
      await changeLanguage('en');
      first.drop();
      await vi.advanceTimersByTimeAsync(40_000);

      const second = FakeSocket.opened[1];
      expect(second.sent[0]).toEqual({ type: 'connection_init', payload: { Authorization: 'Bearer token-2', 'Accept-Language': 'en' } });
      stop();
    } finally {
      vi.useRealTimers();
      void socket.dispose();
    }
  });
});
