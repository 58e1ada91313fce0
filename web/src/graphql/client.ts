import { authExchange } from '@urql/exchange-auth';
import type Keycloak from 'keycloak-js';
import { Client, cacheExchange, fetchExchange } from 'urql';

/** Refresh when the access token has less than this left, so no call leaves with a stale token. */
const minValiditySeconds = 30;

/** The API client: relative /graphql (the dev and preview servers, and the ingress, route it to the API). */
export function createApiClient(keycloak: Keycloak): Client {
  return new Client({
    url: '/graphql',
    // POST, as every GraphQL server accepts; SmallRye GraphQL (Quarkus) refuses GET unless configured to.
    preferGetMethod: false,
    exchanges: [
      cacheExchange,
      authExchange(async (utils) => ({
        addAuthToOperation: (operation) =>
          keycloak.token ? utils.appendHeaders(operation, { Authorization: `Bearer ${keycloak.token}` }) : operation,
        willAuthError: () => keycloak.isTokenExpired(minValiditySeconds),
        didAuthError: (error) => error.response?.status === 401,
        refreshAuth: async () => {
          try {
            await keycloak.updateToken(-1); // -1: refresh now
          } catch {
            await keycloak.login(); // the Keycloak session is over: sign in again
          }
        },
      })),
      fetchExchange,
    ],
  });
}
