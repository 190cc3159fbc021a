import type { DostResult } from '@dost/client';
import { useEffect, useState } from 'react';
import { MyAccessLogDocument, type MyAccessLogQuery } from '../../../clients/generated/graphql.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { useDostClient } from '../common/useDostClient.ts';
import { AccessLogTable } from './AccessLogTable.tsx';

/** Entries per page. */
export const PAGE_SIZE = 10;

/**
 * The citizen's "who read my data" page: their access log, a page at a time. The cursors of
 * the pages seen are kept, so going back asks for the same page again.
 */
export function AccessLogPage({ token }: { token: string }) {
  const client = useDostClient(token);
  // cursors[i] is the `after` of page i; page 0 starts at the newest entry.
  const [cursors, setCursors] = useState<readonly (string | null)[]>([null]);
  const [result, setResult] = useState<DostResult<MyAccessLogQuery> | null>(null);
  const page = cursors.length - 1;
  const after = cursors[page] ?? null;

  useEffect(() => {
    let current = true;
    setResult(null);
    void client
      .execute(MyAccessLogDocument, { first: PAGE_SIZE, after })
      .then((answer) => current && setResult(answer));
    return () => {
      current = false;
    };
  }, [client, after]);

  if (result === null) return <p aria-busy="true">Loading who read your data…</p>;
  if (!result.ok) return <ErrorNotice error={result.error} />;
  const me = result.data.me;
  if (me === null) return <p>Your record could not be read.</p>;
  const { edges, pageInfo } = me.accessLog;
  return (
    <section aria-labelledby="log-title">
      <h2 id="log-title">Who read my data</h2>
      <p>
        {me.fullName} ({me.fin}): every read of your data, newest first. Quote a staff reference to
        the DOST data-protection officer to learn who it was and why.
      </p>
      <AccessLogTable entries={edges.map((edge) => edge.node)} />
      <nav className="pager" aria-label="Pages">
        <button
          type="button"
          disabled={page === 0}
          onClick={() => setCursors(cursors.slice(0, -1))}
        >
          Newer
        </button>
        <span>Page {page + 1}</span>
        <button
          type="button"
          disabled={!pageInfo.hasNextPage}
          onClick={() => setCursors([...cursors, pageInfo.endCursor])}
        >
          Older
        </button>
      </nav>
    </section>
  );
}
