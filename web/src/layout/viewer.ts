import { createContext, useContext } from 'react';

/** One of the caller's grants in effect: a role over an organization and everything below it. */
export interface ViewerGrant {
  role: string;
  /** The organization, with those above it when known (to tell a grant below another one of the caller's). */
  organization: { id: string; name: string; ancestors?: readonly { id: string }[] };
}

/** The signed-in caller as the API's `me` reports them: the roles decide the navigation and what a screen offers. */
export interface Viewer {
  username: string;
  roles: readonly string[];
  /** Where the caller holds ADMIN, ORGANIZER, HR or PARTNER (the API checks every call; screens use this to offer what it allows). */
  grants: readonly ViewerGrant[];
  /** True while `me` has not answered yet (roles unknown). */
  loading: boolean;
}

const ViewerContext = createContext<Viewer>({ username: '', roles: [], grants: [], loading: true });

export const ViewerProvider = ViewerContext.Provider;

/** The caller and their roles, for any screen inside the AppShell. */
export function useViewer(): Viewer {
  return useContext(ViewerContext);
}

export function hasAnyRole(viewer: Viewer, ...roles: string[]): boolean {
  return roles.some((role) => viewer.roles.includes(role));
}

/**
 * The organizations where the caller may organize (ORGANIZER or ADMIN grants), each once, and none that lies
 * below another of them (it is reached through that one).
 */
export function organizingOrganizations(viewer: Viewer): { id: string; name: string }[] {
  const seen = new Map<string, ViewerGrant['organization']>();
  for (const grant of viewer.grants) {
    if (grant.role === 'ORGANIZER' || grant.role === 'ADMIN') seen.set(grant.organization.id, grant.organization);
  }
  return [...seen.values()]
    .filter((o) => !(o.ancestors ?? []).some((above) => seen.has(above.id)))
    .map(({ id, name }) => ({ id, name }));
}

/** Whether the caller organizes an organization, given it and the organizations above it. */
export function organizes(viewer: Viewer, organization: { id: string; ancestors: readonly { id: string }[] }): boolean {
  const line = new Set([organization.id, ...organization.ancestors.map((a) => a.id)]);
  return viewer.grants.some((g) => (g.role === 'ORGANIZER' || g.role === 'ADMIN') && line.has(g.organization.id));
}
