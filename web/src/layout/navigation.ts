/** What the navigation offers each role: a pure function, so it is tested without rendering. */
export interface NavEntry {
  /** Route path, also the menu key. */
  path: string;
  /** Text key in the `layout` namespace. */
  label: string;
}

export function navEntries(roles: readonly string[]): NavEntry[] {
  const has = (...wanted: string[]) => wanted.some((role) => roles.includes(role));
  const entries: NavEntry[] = [{ path: '/', label: 'nav.home' }];
  // Organizers manage competitions; everyone else finds the events and their scoreboards (大屏) there.
  entries.push({ path: '/competitions', label: has('organizer') ? 'nav.competitions' : 'nav.competitionsViewer' });
  if (has('judge', 'chief-judge', 'scorekeeper')) entries.push({ path: '/judge', label: 'nav.judge' });
  if (has('hr')) entries.push({ path: '/hr', label: 'nav.hr' });
  if (has('competitor')) entries.push({ path: '/me', label: 'nav.me' });
  return entries;
}

/** The menu entry a location belongs to: the longest entry path that prefixes it. */
export function selectedEntry(entries: readonly NavEntry[], pathname: string): string | undefined {
  let best: NavEntry | undefined;
  for (const entry of entries) {
    const matches =
      entry.path === '/' ? pathname === '/' : pathname === entry.path || pathname.startsWith(`${entry.path}/`);
    if (matches && (!best || entry.path.length > best.path.length)) best = entry;
  }
  // An event page (/events/:id) belongs to the competitions entry.
  if (!best && pathname.startsWith('/events/')) return '/competitions';
  return best?.path;
}
