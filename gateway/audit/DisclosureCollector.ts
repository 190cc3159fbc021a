import type { DisclosureReport } from '../../platform/disclosure.ts';

/** Gathers, over one gateway request, what each subgraph reported it disclosed. */
export class DisclosureCollector {
  readonly #subjects = new Set<string>();
  readonly #fields = new Set<string>();
  readonly #registries = new Set<string>();

  add(registry: string, report: DisclosureReport): void {
    if (report.subjects.length === 0) return;
    this.#registries.add(registry);
    for (const fin of report.subjects) this.#subjects.add(fin);
    for (const field of report.fields) this.#fields.add(field);
  }

  get disclosed(): boolean {
    return this.#subjects.size > 0;
  }

  get subjects(): string[] {
    return [...this.#subjects].sort();
  }

  get fields(): string[] {
    return [...this.#fields].sort();
  }

  get registries(): string[] {
    return [...this.#registries].sort();
  }
}
