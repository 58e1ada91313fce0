import type { Client, OperationResult } from 'urql';
import { graphql } from '../../gql';
import type { SubmitMarksMutation as SubmitMarksResult } from '../../gql/graphql';
import type { QueuedBatch, SendOutcome } from './markQueue';

export const SubmitMarksMutation = graphql(`
  mutation SubmitMarks($input: SubmitMarksInput!) {
    submitMarks(input: $input) {
      accepted
      leaderboardVersion
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** GraphQL errors that will come back the same however often the request is sent. */
const permanent = new Set(['ValidationError', 'InvalidSyntax']);

/**
 * What an answer to submitMarks means for the queue: an answer (marks stored or refused one by one)
 * ends the batch; no answer (network, server down, token being renewed) keeps it for a retry; a
 * request the API cannot even read is set aside.
 */
export function classifySubmitResult(result: Pick<OperationResult<SubmitMarksResult>, 'data' | 'error'>): SendOutcome {
  const payload = result.data?.submitMarks;
  if (payload) return { kind: 'answered', accepted: payload.accepted, userErrors: payload.userErrors };
  const error = result.error;
  if (!error) return { kind: 'retry', problem: 'no answer' };
  if (error.networkError) return { kind: 'retry', problem: error.networkError.message || error.message };
  const classifications = error.graphQLErrors.map((e) => String(e.extensions?.classification ?? ''));
  if (classifications.length > 0 && classifications.every((c) => permanent.has(c))) {
    return { kind: 'failed', problem: error.graphQLErrors.map((e) => e.message).join('; ') };
  }
  return { kind: 'retry', problem: error.message };
}

/** Sends one queued batch through the app's GraphQL client (with its token handling), with the batch's idempotency key. */
export async function sendBatch(client: Client, batch: QueuedBatch): Promise<SendOutcome> {
  const result = await client
    .mutation(SubmitMarksMutation, {
      input: {
        eventId: batch.eventId,
        idempotencyKey: batch.key,
        marks: batch.marks.map((m) => ({
          registrationId: m.registrationId,
          round: m.round,
          aspect: m.aspect,
          attempt: m.attempt,
          value: m.value,
          difficulty: m.difficulty ?? null,
          judgeId: m.judgeId,
        })),
      },
    })
    .toPromise();
  return classifySubmitResult(result);
}
