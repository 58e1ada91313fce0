import { authExchange } from '@urql/exchange-auth';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import type Keycloak from 'keycloak-js';
import { Client, cacheExchange, fetchExchange, subscriptionExchange } from 'urql';
import { currentLanguage } from '../i18n';
import { liveConnection } from './liveConnection';

/** Refresh when the access token has less than this left, so no call leaves with a stale token. */
const minValiditySeconds = 30;

/** The API's WebSocket on the page's own origin: ws://host/graphql, or wss:// behind https. */
export function graphqlWebSocketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
}

/**
 * The header that tells the API the UI's language (zh-CN or en): it writes its messages (userErrors) in it.
 * Read for every request, so a language switch applies to the next call.
 */
export function languageHeaders(): { 'Accept-Language': string } {
  return { 'Accept-Language': currentLanguage() };
}

/**
 * A fresh access token, refreshed first when it is about to expire. When Keycloak cannot be reached
 * (the judge pad offline) the current token is kept and the caller's request fails on its own; only a
 * refusal by Keycloak itself (the session is over) sends the browser to the login page.
 */
export async function freshToken(keycloak: Keycloak, minValidity = minValiditySeconds): Promise<string | undefined> {
  try {
    await keycloak.updateToken(minValidity);
  } catch (error) {
    if (isRefusedByKeycloak(error)) await keycloak.login();
  }
  return keycloak.token;
}

/** keycloak-js rejects with its NetworkError (which carries the HTTP response) when Keycloak answered with an error. */
function isRefusedByKeycloak(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'response' in error && (navigator.onLine ?? true);
}

/**
 * Subscriptions (the live scoreboard's leaderboardChanged) over graphql-ws, protocol graphql-transport-ws,
 * which SmallRye GraphQL speaks on /graphql. The browser cannot put headers on a WebSocket, so the
 * token and the UI language go in the connection_init payload ({ Authorization, Accept-Language }),
 * read again on every (re)connect.
 * The socket opens with the first subscription, closes shortly after the last, and reconnects for as
 * long as the page is open: a big screen must survive a Wi-Fi hiccup and an API restart.
 */
export function createSubscriptionSocket(
  keycloak: Keycloak,
  url = graphqlWebSocketUrl(window.location),
  webSocketImpl?: unknown, // tests give a fake WebSocket
): WsClient {
  return createWsClient({
    url,
    webSocketImpl,
    lazy: true,
    lazyCloseTimeout: 3_000,
    keepAlive: 20_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    // 1 s, 2 s, 4 s … up to 30 s, with jitter so a room of screens does not reconnect in step
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 1_000 * 2 ** retries) + Math.random() * 1_000)),
    connectionParams: async () => {
      const token = await freshToken(keycloak);
      return { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...languageHeaders() };
    },
    on: {
      connecting: () => liveConnection.set('connecting'),
      connected: () => liveConnection.set('connected'),
      closed: () => liveConnection.set('closed'),
    },
  });
}

/** The API client: relative /graphql (the dev and preview servers, and the ingress, route it to the API). */
export function createApiClient(keycloak: Keycloak): Client {
  const socket = createSubscriptionSocket(keycloak);
  return new Client({
    url: '/graphql',
    // POST, as every GraphQL server accepts; SmallRye GraphQL (Quarkus) refuses GET unless configured to.
    preferGetMethod: false,
    // a function: evaluated for every request, so the header follows a language switch
    fetchOptions: () => ({ headers: languageHeaders() }),
    exchanges: [
      cacheExchange,
      authExchange(async (utils) => ({
        addAuthToOperation: (operation) =>
          keycloak.token ? utils.appendHeaders(operation, { Authorization: `Bearer ${keycloak.token}` }) : operation,
        willAuthError: () => keycloak.isTokenExpired(minValiditySeconds),
        didAuthError: (error) => error.response?.status === 401,
        refreshAuth: async () => {
          await freshToken(keycloak, -1); // -1: refresh now
        },
      })),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query || '' };
          return {
            subscribe(sink) {
              const unsubscribe = socket.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
}
