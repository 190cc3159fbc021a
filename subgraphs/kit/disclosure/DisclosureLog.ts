import type { DisclosureReport } from '../../../platform/disclosure.ts';

/** Collects, for one request, the citizens whose fields a subgraph resolved and which fields. */
export class DisclosureLog {
  readonly #subjects = new Set<string>();
  readonly #fields = new Set<string>();

  add(fin: string, coordinate: string): void {
    this.#subjects.add(fin);
    this.#fields.add(coordinate);
  }

  get isEmpty(): boolean {
    return this.#subjects.size === 0;
  }

  toReport(): DisclosureReport {
    return { subjects: [...this.#subjects], fields: [...this.#fields] };
  }
}
