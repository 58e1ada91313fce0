import type Keycloak from 'keycloak-js';
import { describe, expect, it, vi } from 'vitest';
import { freshToken, graphqlWebSocketUrl } from './client';

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
  it('opens graphql-transport-ws on /graphql with the bearer token in connection_init, a fresh one on every reconnect', async () => {
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
      expect(first.sent[0]).toEqual({ type: 'connection_init', payload: { Authorization: 'Bearer token-1' } });

      token = 'token-2';
      first.drop();
      await vi.advanceTimersByTimeAsync(40_000);

      const second = FakeSocket.opened[1];
      expect(second.sent[0]).toEqual({ type: 'connection_init', payload: { Authorization: 'Bearer token-2' } });
      stop();
    } finally {
      vi.useRealTimers();
      void socket.dispose();
    }
  });
});
