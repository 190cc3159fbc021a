import { createDostClient, type DostClient } from '@dost/client';
import { useMemo, useRef } from 'react';
import { GRAPHQL_URL } from './GRAPHQL_URL.ts';

/** One client per token; the purpose is read at each request, so editing it needs no new one. */
export function useDostClient(token: string, purpose: string | null = null): DostClient {
  const purposeRef = useRef(purpose);
  purposeRef.current = purpose;
  return useMemo(
    () =>
      createDostClient({ url: GRAPHQL_URL, token: () => token, purpose: () => purposeRef.current }),
    [token],
  );
}
