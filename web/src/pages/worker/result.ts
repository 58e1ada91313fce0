import { isPublished } from '../../domain/results';

/** The worker's line in the standings, as the API lets them see it (Registration.standing). */
export interface Standing {
  rank?: number | null;
  total?: number | null;
  complete: boolean;
  advanced: boolean;
  award?: string | null;
}

export type ResultView =
  | { kind: 'none' }
  | { kind: 'hidden' }
  | { kind: 'shown'; frozen: boolean; standing: Standing };

/**
 * What the portal shows of one entry's result: nothing yet, 成绩暂不公开 while the competition hides
 * results, else rank and total (those kept at freezing while results are FROZEN).
 */
export function resultView(
  standing: Standing | null | undefined,
  competition: { status: string; resultsVisibility: string },
): ResultView {
  if (!standing) return { kind: 'none' };
  const published = isPublished(competition.status);
  const scored = standing.rank != null || standing.total != null;
  if (!published && competition.resultsVisibility === 'HIDDEN' && !scored) return { kind: 'hidden' };
  if (!scored && !standing.complete) return { kind: 'none' };
  return { kind: 'shown', frozen: !published && competition.resultsVisibility === 'FROZEN', standing };
}
