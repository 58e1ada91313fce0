import type { NominateForCommendationInput } from '../../gql/schema';
import { normalizeNationalId } from '../roster-import/nationalId';

/** Where nominations stand (NominationStatus), in the order the list filters them. */
export const nominationStatuses = ['NOMINATED', 'APPROVED', 'REJECTED', 'WITHDRAWN'] as const;

/** The most persons a unit may be given, the longest name, citation and note the API takes (Commendations.MAX_*). */
export const maxQuota = 1000;
export const maxName = 100;
export const maxCitation = 1000;
export const maxNote = 1000;

interface QuotaUse {
  quota: number;
  nominated: number;
  approved: number;
}

/** Places of the quota taken: nominations waiting for the decision and those approved. */
export function quotaUsed(unit: QuotaUse): number {
  return unit.nominated + unit.approved;
}

export function quotaLeft(unit: QuotaUse): number {
  return Math.max(0, unit.quota - quotaUsed(unit));
}

/** Why a unit may not nominate now: vetoed (一票否决), no quota given yet, its quota used up. */
export type NominationBar = 'vetoed' | 'noQuota' | 'usedUp';

/** What keeps a unit from nominating, or undefined when it may; nothing is nominated before the results are published. */
export function nominationBar(unit: QuotaUse & { vetoed: boolean }): NominationBar | undefined {
  if (unit.vetoed) return 'vetoed';
  if (unit.quota === 0) return 'noQuota';
  if (quotaLeft(unit) === 0) return 'usedUp';
  return undefined;
}

/** The nominations of one unit (all when absent) in one status (all when absent). */
export function shownNominations<N extends { status: string; registration: { id: string } }>(
  nominations: readonly N[],
  { registrationId, status }: { registrationId?: string; status?: string },
): N[] {
  return nominations.filter((n) => (!registrationId || n.registration.id === registrationId) && (!status || n.status === status));
}

/** What the nominate form holds. */
export interface NominationValues {
  name: string;
  nationalId?: string;
  username?: string;
  citation: string;
}

const blankToNull = (value?: string | null) => (value && value.trim() ? value.trim() : null);

/** The form as the API takes it: trimmed, the national id number in its normal form, blanks left out. */
export function nominationInput(registrationId: string, values: NominationValues): NominateForCommendationInput {
  const nationalId = blankToNull(values.nationalId);
  return {
    registrationId,
    name: values.name.trim(),
    nationalId: nationalId ? normalizeNationalId(nationalId) : null,
    username: blankToNull(values.username),
    citation: values.citation.trim(),
  };
}

/** Where the list of the commended is: the API's export endpoint (organizers only). */
export function commendationsWorkbookUrl(competitionId: string): string {
  return `/exports/competitions/${encodeURIComponent(competitionId)}/commendations.xlsx`;
}
