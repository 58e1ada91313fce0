import { createContext, useContext } from 'react';

/** One of the caller's grants in effect: a role over an organization and everything below it. */
export interface ViewerGrant {
  role: string;
  organization: { id: string; name: string };
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

/** The organizations where the caller may organize (ORGANIZER or ADMIN grants), each once. */
export function organizingOrganizations(viewer: Viewer): { id: string; name: string }[] {
  const seen = new Map<string, { id: string; name: string }>();
  for (const grant of viewer.grants) {
    if (grant.role === 'ORGANIZER' || grant.role === 'ADMIN') seen.set(grant.organization.id, grant.organization);
  }
  return [...seen.values()];
}

/** Whether the caller organizes an organization, given it and the organizations above it. */
export function organizes(viewer: Viewer, organization: { id: string; ancestors: readonly { id: string }[] }): boolean {
  const line = new Set([organization.id, ...organization.ancestors.map((a) => a.id)]);
  return organizingOrganizations(viewer).some((o) => line.has(o.id));
}
