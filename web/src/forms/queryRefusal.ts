import type { CombinedError } from 'urql';

/** A business rule's refusal of a query, as the service reports it in a top-level error's `extensions.refusal`. */
export interface QueryRefusal {
  /** A UserErrorCode: NOT_FOUND, FORBIDDEN, WRONG_STATE … */
  code: string;
  /** The argument's path, e.g. ['round']. */
  field: string[];
}

/**
 * The first refusal among a failed query's errors, or undefined when none is one (a fault, the network).
 * Screens tell errors apart by this, never by the text of a message.
 */
export function queryRefusal(error: CombinedError | undefined): QueryRefusal | undefined {
  for (const e of error?.graphQLErrors ?? []) {
    const refusal = e.extensions?.refusal as Partial<QueryRefusal> | null | undefined;
    if (refusal && typeof refusal.code === 'string' && Array.isArray(refusal.field)) {
      return { code: refusal.code, field: refusal.field };
    }
  }
  return undefined;
}
