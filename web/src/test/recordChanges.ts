/**
 * A withdrawal as the API records it (a RecordChange of Competition.history and Registration.history): the status
 * from APPROVED to WITHDRAWN, and the reason twice, as the record's reason and as the statusReason it set.
 */
export function withdrawal(name = '赵磊', reason = '因伤退赛', at = '2026-05-02T09:30:00+08:00') {
  return {
    subject: 'Registration',
    subjectId: 'Registration:7',
    subjectName: name,
    action: 'WITHDRAWN',
    changes: [
      { field: 'status', from: 'APPROVED', to: 'WITHDRAWN' },
      { field: 'statusReason', from: null, to: reason },
    ],
    reason,
    by: 'organizer',
    at,
  };
}
