import { LEGAL_BASES } from './LEGAL_BASES.ts';

export interface Purpose {
  readonly basis: string;
  readonly caseRef: string;
}

/** Why the operator reads: a legal basis and the case it is for, sent with every lookup. */
export function PurposeForm({
  purpose,
  onChange,
}: {
  purpose: Purpose;
  onChange: (purpose: Purpose) => void;
}) {
  return (
    <fieldset className="purpose">
      <legend>Purpose</legend>
      <label>
        Legal basis
        <select
          name="basis"
          value={purpose.basis}
          onChange={(event) => onChange({ ...purpose, basis: event.target.value })}
        >
          {LEGAL_BASES.map((basis) => (
            <option key={basis} value={basis}>
              {basis}
            </option>
          ))}
        </select>
      </label>
      <label>
        Case reference
        <input
          name="caseRef"
          value={purpose.caseRef}
          placeholder="APP-2026-000123"
          onChange={(event) => onChange({ ...purpose, caseRef: event.target.value })}
          required
        />
      </label>
    </fieldset>
  );
}
