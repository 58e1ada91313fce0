import { isPublished } from '../../domain/results';

/**
 * What the big screen makes of a leaderboard: whether outsiders see it frozen or hidden, and how each
 * competitor moved since the last version. Plain functions over the API's Leaderboard, tested alone.
 */

export interface BoardEntry {
  rank?: number | null;
  total?: number | null;
  roundTotal?: number | null;
  complete: boolean;
  advanced: boolean;
  award?: string | null;
  modules: readonly { module: string; score?: number | null; passed?: boolean | null }[];
  registration: { id: string; bib: string };
}

export interface Board {
  round: string;
  version: number;
  frozen: boolean;
  event: { competition: { status: string; resultsVisibility: string } };
  entries: readonly BoardEntry[];
}


export type Sight =
  /** Live standings, for everyone. */
  | 'live'
  /** The standings kept when results were frozen (成绩已冻结). */
  | 'frozen'
  /** No totals, ranks, module scores or awards: 成绩暂不公开. */
  | 'hidden'
  /** This reader (panel, organizer) sees live standings that outsiders see frozen. */
  | 'live-frozen-outside'
  /** This reader sees live standings that outsiders do not see. */
  | 'live-hidden-outside';

/**
 * What this board is, for this reader. The API sends outsiders a frozen board (frozen: true) or a
 * hidden one (no rank, total or module score on any entry) and insiders the live one; the
 * competition's resultsVisibility, which comes with every board, tells the two kinds of live apart.
 */
export function sightOf(board: Board): Sight {
  if (board.frozen) return 'frozen';
  const { status, resultsVisibility } = board.event.competition;
  if (isPublished(status) || resultsVisibility === 'LIVE') return 'live';
  const scored = board.entries.some((e) => e.rank != null || e.total != null || e.modules.some((m) => m.score != null));
  if (resultsVisibility === 'HIDDEN') return scored ? 'live-hidden-outside' : 'hidden';
  return 'live-frozen-outside';
}

/** The board to show: a subscription's latest, else the query's; within one source, never an older version of the same kind. */
export function newerBoard<B extends Board>(current: B | undefined, incoming: B | undefined): B | undefined {
  if (!incoming) return current;
  if (!current) return incoming;
  // a change of kind (frozen ↔ live, visibility) comes with its own numbering: take it as it comes
  if (current.frozen !== incoming.frozen || current.event.competition.resultsVisibility !== incoming.event.competition.resultsVisibility) {
    return incoming;
  }
  return incoming.version >= current.version ? incoming : current;
}

export type Movement = 'up' | 'down' | 'new' | 'same';

/** How each registration's rank moved from one board to the next (for the ▲ ▼ marks). */
export function movements(previous: readonly BoardEntry[] | undefined, next: readonly BoardEntry[]): Map<string, Movement> {
  const before = new Map((previous ?? []).map((e) => [e.registration.id, e.rank ?? null]));
  const moved = new Map<string, Movement>();
  for (const entry of next) {
    const id = entry.registration.id;
    const was = before.get(id);
    const now = entry.rank ?? null;
    if (previous === undefined || now === null) moved.set(id, 'same');
    else if (was === undefined || was === null) moved.set(id, 'new');
    else if (now < was) moved.set(id, 'up');
    else if (now > was) moved.set(id, 'down');
    else moved.set(id, 'same');
  }
  return moved;
}

/** True when some entry's ranking total differs from its round total (earlier rounds are carried over). */
export function carriesOver(entries: readonly BoardEntry[]): boolean {
  return entries.some((e) => e.total != null && e.roundTotal != null && Math.abs(e.total - e.roundTotal) > 1e-9);
}

/**
 * Awards on a live board are provisional while some entry of the round still misses marks: a mark
 * still to come can move anyone's rank, and with it the awards. Frozen and hidden boards show awards
 * as they always did (the frozen ones as kept, the hidden ones not at all); published results are
 * past scoring, so their awards are what they are.
 */
export function awardsProvisional(board: Board): boolean {
  const sight = sightOf(board);
  if (sight === 'frozen' || sight === 'hidden') return false;
  if (isPublished(board.event.competition.status)) return false;
  return board.entries.some((e) => !e.complete);
}
