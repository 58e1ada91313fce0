import { competitionStatuses, type CompetitionStatusCode } from '../../domain/competition';

/** Whether a competition's status is `status` or later (statuses only move forward): what a correction may still change goes by it. */
export function statusReached(current: string, status: CompetitionStatusCode): boolean {
  return competitionStatuses.indexOf(current as CompetitionStatusCode) >= competitionStatuses.indexOf(status);
}
