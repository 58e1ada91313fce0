import { useEffect, useRef } from 'react';
import { useQuery, type AnyVariables, type UseQueryArgs, type UseQueryResponse } from 'urql';
import { useLanguage } from '../forms/useLanguage';

/**
 * useQuery for an answer the API writes in the reader's language (promotion reasons, the policy
 * templates' sources): when the UI language changes the query is asked again from the network, so no
 * server-written text stays in the old language. Everything else is useQuery's.
 */
export function useLocalizedQuery<Data = unknown, Variables extends AnyVariables = AnyVariables>(
  args: UseQueryArgs<Variables, Data>,
): UseQueryResponse<Data, Variables> {
  const language = useLanguage();
  const [result, reexecute] = useQuery<Data, Variables>(args);
  const askedIn = useRef(language);
  useEffect(() => {
    if (askedIn.current === language) return;
    askedIn.current = language;
    reexecute({ requestPolicy: 'network-only' });
  }, [language, reexecute]);
  return [result, reexecute];
}
