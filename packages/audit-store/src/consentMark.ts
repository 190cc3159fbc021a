/**
 * How a partner's read made under citizens' consents says so in its audit record, without a
 * new field (the record's fields are the hash chain's canonical form, so records written
 * before keep verifying): the purpose gets `;consent=` and, per citizen read, `FIN.id`:
 *
 *   AGREEMENT:KB-2026-77;consent=5ZK7P2Q.12,3HRT9WX.40
 *
 * The stated purpose never holds `;` (gateway/admission/parsePurpose.ts), so the mark can
 * always be told from it. Each citizen's access log shows only their own consent.
 */
const MARK = ';consent=';

/** The purpose to record for a read made under these consents (FIN → consent id). */
export function withConsentMark(
  purpose: string | null,
  consents: ReadonlyMap<string, string>,
): string | null {
  if (purpose === null || consents.size === 0) return purpose;
  const marks = [...consents].sort(([a], [b]) => (a < b ? -1 : 1)).map(([f, id]) => `${f}.${id}`);
  return `${purpose}${MARK}${marks.join(',')}`;
}

/** A recorded purpose split into what the caller stated and the consents it was read under. */
export function readConsentMark(recorded: string | null): {
  purpose: string | null;
  consents: ReadonlyMap<string, string>;
} {
  const at = recorded?.indexOf(MARK) ?? -1;
  if (recorded === null || at < 0) return { purpose: recorded, consents: new Map() };
  const consents = new Map<string, string>();
  for (const mark of recorded.slice(at + MARK.length).split(',')) {
    const dot = mark.indexOf('.');
    if (dot > 0) consents.set(mark.slice(0, dot), mark.slice(dot + 1));
  }
  return { purpose: recorded.slice(0, at), consents };
}
