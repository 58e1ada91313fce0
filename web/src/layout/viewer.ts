import { createContext, useContext } from 'react';

/** The signed-in caller as the API's `me` reports them: the roles decide the navigation and what a screen offers. */
export interface Viewer {
  username: string;
  roles: readonly string[];
  /** True while `me` has not answered yet (roles unknown). */
  loading: boolean;
}

const ViewerContext = createContext<Viewer>({ username: '', roles: [], loading: true });

export const ViewerProvider = ViewerContext.Provider;

/** The caller and their roles, for any screen inside the AppShell. */
export function useViewer(): Viewer {
  return useContext(ViewerContext);
}

export function hasAnyRole(viewer: Viewer, ...roles: string[]): boolean {
  return roles.some((role) => viewer.roles.includes(role));
}
