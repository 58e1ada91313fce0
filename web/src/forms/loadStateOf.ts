import type { CombinedError, OperationContext } from 'urql';

/**
 * QueryState's props from a urql query's state and its reexecute function (useQuery's pair): data
 * loaded or not, the error, and a retry that goes to the network, past the cache.
 */
export function loadStateOf(
  result: { data?: unknown; fetching: boolean; error?: CombinedError },
  reexecute: (opts?: Partial<OperationContext>) => void,
): { fetching: boolean; error?: CombinedError; hasData: boolean; retry: () => void } {
  return { fetching: result.fetching, error: result.error, hasData: result.data != null, retry: () => reexecute({ requestPolicy: 'network-only' }) };
}
