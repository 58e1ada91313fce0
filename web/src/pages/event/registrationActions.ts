import { competitionStatuses, takesPart, type CompetitionStatusCode } from '../../domain/competition';

/**
 * What the organizer may do to a registration while the competition is at a status, as the API allows
 * (graphql/schema.graphql: updateRegistration, withdrawRegistration, disqualifyRegistration, reinstateRegistration):
 * edit until results are published, withdraw until scoring is closed, disqualify until the results are final;
 * a withdrawn registration comes back until scoring is closed, a disqualified one until the results are final.
 */
export type RegistrationAction = 'edit' | 'withdraw' | 'disqualify' | 'reinstate';

export interface OfferedAction {
  action: RegistrationAction;
  /** Null when allowed; else the key (under registrationEdit.notOffered) of the reason it is not. */
  notOffered: null | 'edit' | 'withdraw' | 'disqualify' | 'reinstateWithdrawn' | 'reinstateDisqualified';
}

/** The competition is still before `until` (an unknown status is left to the API to judge). */
function before(status: string, until: CompetitionStatusCode): boolean {
  const at = competitionStatuses.indexOf(status as CompetitionStatusCode);
  return at < 0 || at < competitionStatuses.indexOf(until);
}

/**
 * The actions of one roster row: edit, then withdraw and disqualify for a registration that takes part, or
 * reinstate for a withdrawn or disqualified one; each with why it is not allowed now, if it is not.
 */
export function registrationActions(registrationStatus: string, competitionStatus: string): OfferedAction[] {
  const edit: OfferedAction = { action: 'edit', notOffered: before(competitionStatus, 'PUBLISHED') ? null : 'edit' };
  if (takesPart(registrationStatus)) {
    return [
      edit,
      { action: 'withdraw', notOffered: before(competitionStatus, 'SCORING_CLOSED') ? null : 'withdraw' },
      { action: 'disqualify', notOffered: before(competitionStatus, 'FINAL') ? null : 'disqualify' },
    ];
  }
  const withdrawn = registrationStatus === 'WITHDRAWN';
  const open = before(competitionStatus, withdrawn ? 'SCORING_CLOSED' : 'FINAL');
  return [edit, { action: 'reinstate', notOffered: open ? null : withdrawn ? 'reinstateWithdrawn' : 'reinstateDisqualified' }];
}
