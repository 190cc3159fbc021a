import type { GraphQLResolveInfo } from 'graphql';
import type { DisclosureReport } from '@dost/platform/disclosureReport.ts';

type Path = GraphQLResolveInfo['path'];

interface Disclosure {
  readonly fin: string;
  readonly coordinate: string;
  /** graphql-js's own path object: kept as is, walked only when the report is built. */
  readonly path: Path;
  /** The resolver itself answered null (a disclosure too: "no death date"). */
  readonly resolvedNull: boolean;
}

/** Marks a path the response does not reach (an ancestor was nulled or never resolved). */
const ABSENT = Symbol('absent');

/**
 * Collects, for one request, the citizens whose fields a subgraph resolved and which fields,
 * and the fields its rules refused; the report keeps only disclosures that reached the
 * response, since a failure (a database cut mid-request) can null a field's parent after the
 * field itself resolved. A refusal is kept whatever happened next: it was asked for.
 */
export class DisclosureLog {
  readonly #disclosures: Disclosure[] = [];
  readonly #refused = new Set<string>();
  readonly #refusedSubjects = new Set<string>();

  add(fin: string, coordinate: string, path: Path, value: unknown): void {
    this.#disclosures.push({ fin, coordinate, path, resolvedNull: value == null });
  }

  /** A field the rules refused, and whose data it would have been. */
  refuse(coordinate: string, subjects: readonly string[]): void {
    this.#refused.add(coordinate);
    for (const fin of subjects) this.#refusedSubjects.add(fin);
  }

  get isEmpty(): boolean {
    return this.#disclosures.length === 0 && this.#refused.size === 0;
  }

  /**
   * Whose data and which fields the response `data` actually carries. `withoutErrors` says
   * the response has no errors: then nothing was nulled after it resolved and every field
   * recorded is in `data` as resolved, so the walk through `data` is skipped.
   */
  toReport(data: unknown, withoutErrors = false): DisclosureReport {
    const subjects = new Set<string>(this.#refusedSubjects);
    const fields = new Set<string>();
    // Sibling fields share their parent's path object: each parent is looked up once.
    const parents = new Map<Path, unknown>();
    for (const disclosure of this.#disclosures) {
      if (!withoutErrors && !isDelivered(data, disclosure, parents)) continue;
      subjects.add(disclosure.fin);
      fields.add(disclosure.coordinate);
    }
    return { subjects: [...subjects], fields: [...fields], refused: [...this.#refused] };
  }
}

function isDelivered(
  data: unknown,
  { path, resolvedNull }: Disclosure,
  parents: Map<Path, unknown>,
): boolean {
  const node = step(locate(data, path.prev, parents), path.key);
  return node !== ABSENT && (node !== null || resolvedNull);
}

/** The value at `path` in `data`, or ABSENT; memoised per path object. */
function locate(data: unknown, path: Path | undefined, memo: Map<Path, unknown>): unknown {
  if (path === undefined) return data;
  if (memo.has(path)) return memo.get(path);
  const node = step(locate(data, path.prev, memo), path.key);
  memo.set(path, node);
  return node;
}

function step(node: unknown, key: string | number): unknown {
  if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return ABSENT;
  return (node as Record<string | number, unknown>)[key];
}
