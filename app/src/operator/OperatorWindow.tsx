import type { DostResult } from '@dost/client';
import { useState, type FormEvent } from 'react';
import {
  CitizenSummaryDocument,
  type CitizenSummaryQuery,
} from '../../../clients/generated/graphql.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { useDostClient } from '../common/useDostClient.ts';
import { CitizenSummary } from './CitizenSummary.tsx';
import { PurposeForm, type Purpose } from './PurposeForm.tsx';

type Lookup =
  | { readonly state: 'idle' }
  | { readonly state: 'loading'; readonly fin: string }
  | {
      readonly state: 'done';
      readonly fin: string;
      readonly result: DostResult<CitizenSummaryQuery>;
    };

/** The operator's window: state the purpose and case, look a citizen up by FIN. */
export function OperatorWindow({ token }: { token: string }) {
  const [purpose, setPurpose] = useState<Purpose>({ basis: 'SERVICE_APPLICATION', caseRef: '' });
  const [fin, setFin] = useState('');
  const [lookup, setLookup] = useState<Lookup>({ state: 'idle' });
  const client = useDostClient(token, `${purpose.basis}:${purpose.caseRef.trim()}`);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const wanted = fin.trim().toUpperCase();
    setLookup({ state: 'loading', fin: wanted });
    const result = await client.execute(CitizenSummaryDocument, { fin: wanted });
    setLookup({ state: 'done', fin: wanted, result });
  };

  return (
    <section aria-labelledby="operator-title">
      <h2 id="operator-title">One window</h2>
      <form className="card lookup" onSubmit={(event) => void submit(event)}>
        <PurposeForm purpose={purpose} onChange={setPurpose} />
        <label>
          FIN
          <input
            name="fin"
            value={fin}
            onChange={(event) => setFin(event.target.value)}
            placeholder="5ZK7P2Q"
            maxLength={7}
            autoComplete="off"
            required
          />
        </label>
        <button type="submit" disabled={lookup.state === 'loading'}>
          Look up
        </button>
      </form>
      <LookupResult lookup={lookup} />
    </section>
  );
}

function LookupResult({ lookup }: { lookup: Lookup }) {
  if (lookup.state === 'idle') return null;
  if (lookup.state === 'loading') return <p aria-busy="true">Looking up {lookup.fin}…</p>;
  const { result, fin } = lookup;
  if (!result.ok) return <ErrorNotice error={result.error} />;
  return <CitizenSummary fin={fin} data={result.data} errors={result.errors} />;
}
