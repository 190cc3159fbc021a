import type { DostError } from '@dost/client';
import { describeError } from './describeError.ts';

/** A refused or failed request, said plainly, with what to do and the id to quote. */
export function ErrorNotice({ error }: { error: DostError }) {
  return (
    <div className="notice refused" role="alert">
      <strong>{describeError(error)}</strong> <span className="code">{error.code}</span>
      <p>{error.message}</p>
      {error.legalBases === undefined ? null : (
        <p>
          Your role may cite: <span className="bases">{error.legalBases.join(', ')}</span>
        </p>
      )}
      {error.requestId === undefined ? null : (
        <p className="hint">Request id (quote it to support): {error.requestId}</p>
      )}
    </div>
  );
}
