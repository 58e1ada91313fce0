/** Where the app finds Keycloak. */
export interface BiwuConfig {
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

declare global {
  interface Window {
    /** Set by the optional /config.js that a deployment mounts (see public/config.js). */
    biwuConfig?: Partial<BiwuConfig>;
  }
}

export const defaultConfig: BiwuConfig = {
  keycloakUrl: 'http://localhost:8180',
  realm: 'biwu',
  clientId: 'biwu-web',
};

/**
 * Each field comes from the runtime config (window.biwuConfig) if set there, else from the
 * build-time Vite env, else from the local defaults: one image serves every deployment.
 */
export function resolveConfig(
  runtime: Partial<BiwuConfig> | undefined,
  env: ImportMetaEnv,
): BiwuConfig {
  return {
    keycloakUrl: runtime?.keycloakUrl || env.VITE_KEYCLOAK_URL || defaultConfig.keycloakUrl,
    realm: runtime?.realm || env.VITE_KEYCLOAK_REALM || defaultConfig.realm,
    clientId: runtime?.clientId || env.VITE_KEYCLOAK_CLIENT_ID || defaultConfig.clientId,
  };
}

export const config: BiwuConfig = resolveConfig(window.biwuConfig, import.meta.env);
