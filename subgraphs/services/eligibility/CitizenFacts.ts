/**
 * What the gateway hands the services subgraph with a citizen's reference (`@requires` of
 * `Citizen.eligibilityHints`): the other registries' fields, as they answered them. A
 * registry's `null` means it holds no record for the citizen.
 */
export interface CitizenFacts {
  readonly fin: string;
  readonly birthDate?: string;
  /** Set when the person has died (population). */
  readonly deathDate?: string | null;
  readonly pension?: {
    readonly labourPension: { readonly status: string } | null;
    readonly allowances: readonly { readonly type: string; readonly status: string }[];
  } | null;
  readonly unemployment?: {
    readonly status: string;
    readonly benefit: { readonly status: string; readonly endsOn: string } | null;
    readonly programmes: readonly { readonly kind: string; readonly status: string }[];
  } | null;
  readonly disability?: {
    readonly degree: string;
    readonly reexaminationOn: string | null;
  } | null;
}
