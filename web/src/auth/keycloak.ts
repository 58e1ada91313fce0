import Keycloak from 'keycloak-js';
import { config } from '../config';
import type { Session } from './session';

export const keycloak = new Keycloak({
  url: config.keycloakUrl,
  realm: config.realm,
  clientId: config.clientId,
});

let started: Promise<boolean> | undefined;

/**
 * Authorization code flow with PKCE (S256). Sends the browser to the Keycloak login page
 * unless it comes back from there with a code. keycloak-js may be initialised only once,
 * and React's StrictMode runs effects twice, hence the single promise.
 */
export function signIn(): Promise<boolean> {
  started ??= keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    // The session iframe needs third-party cookies, which browsers block; tokens are refreshed instead.
    checkLoginIframe: false,
  });
  return started;
}

export function sessionFromToken(): Session {
  const idToken = keycloak.idTokenParsed as
    | { preferred_username?: string; given_name?: string; family_name?: string }
    | undefined;
  return {
    username: idToken?.preferred_username ?? '',
    givenName: idToken?.given_name,
    familyName: idToken?.family_name,
    logout: () => void keycloak.logout({ redirectUri: `${window.location.origin}/` }),
  };
}
