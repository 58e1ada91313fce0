import { mayUse, type RestrictedScreen } from './access';

/** What the navigation offers each role: a pure function, so it is tested without rendering. */
export interface NavEntry {
  /** Route path, also the menu key. */
  path: string;
  /** Text key in the `layout` namespace. */
  label: string;
}

/** The menu in its order; an entry with a `screen` shows only to those who may use it (access.ts). */
const menu: { path: string; label: string; screen?: RestrictedScreen }[] = [
  { path: '/', label: 'nav.home' },
  // Organizers manage competitions; everyone else finds the events and their scoreboards (大屏) there.
  { path: '/competitions', label: 'nav.competitions' },
  // Declarations of labor competitions waiting for the caller's organizations (审核待办).
  { path: '/labor/reviews', label: 'nav.laborReviews', screen: 'laborReviews' },
  // 全域统计: the labor competitions of the caller's organizations, with charts.
  { path: '/labor/statistics', label: 'nav.laborStatistics', screen: 'laborStatistics' },
  { path: '/judge', label: 'nav.judge', screen: 'judge' },
  { path: '/hr', label: 'nav.hr', screen: 'hr' },
  { path: '/me', label: 'nav.me', screen: 'me' },
  { path: '/organizations', label: 'nav.organizations', screen: 'organizations' },
];

export function navEntries(roles: readonly string[]): NavEntry[] {
  return menu
    .filter((entry) => !entry.screen || mayUse(entry.screen, roles))
    .map(({ path, label }) => ({
      path,
      label: path === '/competitions' && !roles.includes('organizer') ? 'nav.competitionsViewer' : label,
    }));
}

/** The menu entry a location belongs to: the longest entry path that prefixes it. */
export function selectedEntry(entries: readonly NavEntry[], pathname: string): string | undefined {
  let best: NavEntry | undefined;
  for (const entry of entries) {
    const matches =
      entry.path === '/' ? pathname === '/' : pathname === entry.path || pathname.startsWith(`${entry.path}/`);
    if (matches && (!best || entry.path.length > best.path.length)) best = entry;
  }
  // An event page (/events/:id), a labor event's assessment (/labor/events/:id/assess) and a labor competition's
  // commendation (/labor/competitions/:id/commendations) belong to the competitions entry.
  if (!best && ['/events/', '/labor/events/', '/labor/competitions/'].some((prefix) => pathname.startsWith(prefix))) return '/competitions';
  return best?.path;
}
