import type { BiwuRole } from '../auth/roles';

/**
 * Who may use which screen: the one table that both the route guard (`RequireAccess` in routes.tsx) and
 * the navigation (`navigation.ts`) read, so the menu never offers a screen that would refuse the caller.
 * The API checks every call anyway; this spares the caller a screen whose every call would be refused.
 * Screens not named here (/, /competitions, /competitions/:id, /events/:id, /scoreboard/…) are open to
 * every signed-in user and show what the caller's roles may see.
 */
export const screenAccess = {
  /** /hr, /hr/competitions/:id: promotion review; organizers evaluate there, HR of the worker's employer decides. */
  hr: ['hr', 'organizer'],
  /** /judge, /judge/events/:id: the judge pad; organizers enter marks too. */
  judge: ['judge', 'chief-judge', 'scorekeeper', 'organizer'],
  /** /competitions/:id/events/new: the event wizard. */
  newEvent: ['organizer'],
  /** /me: the worker portal, a competitor's own record. */
  me: ['competitor'],
  /** /organizations: the organization tree, its competitions and, for its organizers and administrators, the grants. */
  organizations: ['organizer', 'admin', 'hr'],
  /** /labor/reviews: labor competitions declared to the caller's organizations, to approve, recommend or return (ORGANIZER, ADMIN). */
  laborReviews: ['organizer', 'admin'],
  /** /labor/events/:id/assess/:round?: a labor event's period assessment, entered for the panel's assessor (as on the judge pad's 代录). */
  laborAssess: ['organizer', 'scorekeeper', 'chief-judge'],
  /** /labor/statistics: 全域统计, labor competitions of an organization and below by year, level, organization and month. */
  laborStatistics: ['organizer', 'admin', 'hr'],
  /** /labor/competitions/:id/commendations: 年终表扬, the organizers give quotas and decide, the units' HR and organizers nominate. */
  laborCommendations: ['organizer', 'hr'],
} as const satisfies Record<string, readonly BiwuRole[]>;

export type RestrictedScreen = keyof typeof screenAccess;

export const restrictedScreens = Object.keys(screenAccess) as RestrictedScreen[];

/** Whether a caller with these roles may use the screen. */
export function mayUse(screen: RestrictedScreen, roles: readonly string[]): boolean {
  return screenAccess[screen].some((role) => roles.includes(role));
}
