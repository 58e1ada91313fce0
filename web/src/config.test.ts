import { describe, expect, it } from 'vitest';
import { resolveConfig } from './config';

describe('resolveConfig', () => {
  it('uses the local Keycloak when nothing is configured', () => {
    expect(resolveConfig(undefined, {} as ImportMetaEnv)).toEqual({
      keycloakUrl: 'http://localhost:8180',
      realm: 'biwu',
      clientId: 'biwu-web',
    });
  });

  it('prefers the runtime config.js over the Vite env, field by field', () => {
    const env = { VITE_KEYCLOAK_URL: 'http://build-time:8180', VITE_KEYCLOAK_REALM: 'build-realm' } as ImportMetaEnv;
    expect(resolveConfig({ keycloakUrl: 'https://login.example.org' }, env)).toEqual({
      keycloakUrl: 'https://login.example.org',
      realm: 'build-realm',
      clientId: 'biwu-web',
    });
  });
});
