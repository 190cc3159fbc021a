import { responsePathAsArray, type GraphQLResolveInfo } from 'graphql';
import type { DisclosureReport } from '../../../platform/disclosure.ts';

interface Disclosure {
  readonly fin: string;
  readonly coordinate: string;
  readonly path: GraphQLResolveInfo['path'];
  /** The resolver itself answered null (a disclosure too: "no death date"). */
  readonly resolvedNull: boolean;
}

/**
 * Collects, for one request, the citizens whose fields a subgraph resolved and which fields;
 * the report keeps only those that reached the response, since a failure (a database cut
 * mid-request) can null a field's parent after the field itself resolved.
 */
export class DisclosureLog {
  readonly #disclosures: Disclosure[] = [];

  add(fin: string, coordinate: string, path: GraphQLResolveInfo['path'], value: unknown): void {
    this.#disclosures.push({ fin, coordinate, path, resolvedNull: value == null });
  }

  get isEmpty(): boolean {
    return this.#disclosures.length === 0;
  }

  /** Whose data and which fields the response `data` actually carries. */
  toReport(data: unknown): DisclosureReport {
    const subjects = new Set<string>();
    const fields = new Set<string>();
    for (const disclosure of this.#disclosures) {
      if (!isDelivered(data, disclosure)) continue;
      subjects.add(disclosure.fin);
      fields.add(disclosure.coordinate);
    }
    return { subjects: [...subjects], fields: [...fields] };
  }
}

function isDelivered(data: unknown, { path, resolvedNull }: Disclosure): boolean {
  let node = data;
  for (const key of responsePathAsArray(path)) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node !== null || resolvedNull;
}
