/** An appeal as the worker portal reads it of each entry's competition. */
export interface PortalAppeal {
  id: string;
  status: string;
  reason: string;
  filedAt: string;
  decisionNote?: string | null;
  decidedAt?: string | null;
  registration: { id: string };
}

interface PortalEntry {
  id: string;
  event: { competition: { appeals?: readonly PortalAppeal[] | null } };
}

export interface MyAppeal<E> {
  appeal: PortalAppeal;
  /** The entry it is about, when it is one of mine (the API also gives those I filed). */
  entry?: E;
}

/**
 * The worker's appeals, each once, newest first: the API gives each competition's appeals the caller filed or that
 * concern their registrations, and a competition comes once per entry of mine in it.
 */
export function myAppeals<E extends PortalEntry>(entries: readonly E[]): MyAppeal<E>[] {
  const byRegistration = new Map(entries.map((e) => [e.id, e]));
  const seen = new Map<string, MyAppeal<E>>();
  for (const entry of entries) {
    for (const appeal of entry.event.competition.appeals ?? []) {
      if (!seen.has(appeal.id)) seen.set(appeal.id, { appeal, entry: byRegistration.get(appeal.registration.id) });
    }
  }
  return [...seen.values()].sort((a, b) => Date.parse(b.appeal.filedAt) - Date.parse(a.appeal.filedAt));
}
