import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import './i18n';

/**
 * What a failed request says to the reader, in their language, never the client library's English
 * ("[Network] Failed to fetch"): the service could not be reached, the sign-in has expired (HTTP 401),
 * or the service failed (a top-level GraphQL error: a fault, not the reader's mistake, which comes as a
 * userError instead). The library's own text goes to the element's title, for whoever supports the reader.
 */
export function requestFailure(error: CombinedError, t: TFunction): string {
  if (error.response && (error.response as Response).status === 401) return t('forms:signedOut');
  if (error.networkError) return t('forms:unreachable');
  return t('forms:serverFault');
}
