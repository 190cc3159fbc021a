import type { IncomingHttpHeaders } from 'node:http';

/** The media types a GraphQL client may ask for, in Apollo Server's order of preference. */
const CANDIDATES = ['application/json', 'application/graphql-response+json', 'text/html'] as const;

interface AcceptRange {
  type: string;
  subtype: string;
  q: number;
  index: number;
}

interface Match {
  q: number;
  specificity: number;
  index: number;
}

/**
 * True when the Accept header ranks text/html above the JSON types, the way a browser's
 * navigation does. Like Apollo Server's negotiation, a bare wildcard (curl, fetch) picks JSON.
 */
export function prefersHtml(headers: IncomingHttpHeaders): boolean {
  const ranges = parseAccept(headers.accept ?? '');
  const ranked = CANDIDATES.map((candidate, order) => ({
    candidate,
    order,
    match: bestMatch(candidate, ranges),
  }))
    .filter((entry) => entry.match !== undefined && entry.match.q > 0)
    .sort((a, b) => compare(a.match, b.match) || a.order - b.order);
  return ranked[0]?.candidate === 'text/html';
}

function parseAccept(header: string): AcceptRange[] {
  return header
    .split(',')
    .map((part, index) => parseRange(part, index))
    .filter((range): range is AcceptRange => range !== undefined);
}

function parseRange(part: string, index: number): AcceptRange | undefined {
  const [mediaType = '', ...params] = part.trim().split(';');
  const [type, subtype] = mediaType.trim().toLowerCase().split('/');
  if (!type || !subtype) return undefined;
  const qParam = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('q='));
  const q = qParam === undefined ? 1 : Number(qParam.slice(2));
  return { type, subtype, q: Number.isFinite(q) ? q : 0, index };
}

/** The most specific range that covers the candidate decides its quality (RFC 9110 §12.5.1). */
function bestMatch(candidate: string, ranges: readonly AcceptRange[]): Match | undefined {
  const [type, subtype] = candidate.split('/');
  let best: Match | undefined;
  for (const range of ranges) {
    const specificity = specificityOf(range, type, subtype);
    if (specificity < 0) continue;
    if (best === undefined || specificity > best.specificity) {
      best = { q: range.q, specificity, index: range.index };
    }
  }
  return best;
}

function specificityOf(range: AcceptRange, type?: string, subtype?: string): number {
  if (range.type === type && range.subtype === subtype) return 2;
  if (range.type === type && range.subtype === '*') return 1;
  if (range.type === '*' && range.subtype === '*') return 0;
  return -1;
}

/** Higher quality first, then the more specific range, then the one listed earlier. */
function compare(a?: Match, b?: Match): number {
  if (a === undefined || b === undefined) return 0;
  return b.q - a.q || b.specificity - a.specificity || a.index - b.index;
}
