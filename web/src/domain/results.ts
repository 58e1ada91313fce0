import { competitionStatuses, type CompetitionStatusCode } from './competition';

/**
 * From PUBLISHED on (成绩公示; statuses only move forward), everyone sees the live standings, whatever
 * the competition's resultsVisibility said while scoring ran.
 */
export function isPublished(status: string): boolean {
  return competitionStatuses.indexOf(status as CompetitionStatusCode) >= competitionStatuses.indexOf('PUBLISHED');
}
