import type { DisclosureReport } from '@dost/platform/disclosureReport.ts';

/** Gathers, over one gateway request, what each subgraph reported it disclosed or refused. */
export class DisclosureCollector {
  readonly #subjects = new Set<string>();
  readonly #fields = new Set<string>();
  readonly #refused = new Set<string>();
  readonly #registries = new Set<string>();

  add(registry: string, report: DisclosureReport): void {
    if (report.subjects.length === 0 && report.refused.length === 0) return;
    this.#registries.add(registry);
    for (const fin of report.subjects) this.#subjects.add(fin);
    for (const field of report.fields) this.#fields.add(field);
    for (const field of report.refused) this.#refused.add(field);
  }

  /** Whose data was disclosed, or refused. */
  get subjects(): string[] {
    return [...this.#subjects].sort();
  }

  /** Coordinates the subgraphs answered with; some only for the gateway's own joins. */
  get fields(): string[] {
    return [...this.#fields].sort();
  }

  /** Coordinates the subgraphs' rules refused. */
  get refused(): string[] {
    return [...this.#refused].sort();
  }

  get registries(): string[] {
    return [...this.#registries].sort();
  }
}
