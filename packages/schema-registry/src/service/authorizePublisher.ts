import { SCHEMA_REGISTRY_ERRORS, type RegistryResult } from '../schemaRegistryErrors.ts';
import type { PublisherClaims, PublisherScope } from './PublisherClaims.ts';

/**
 * Whether verified claims allow `scope` on `subgraph`: the subgraph must be named in the
 * token, and recording needs the publish scope (a publish token also checks).
 */
export function authorizePublisher(
  claims: PublisherClaims,
  { subgraph, scope }: { readonly subgraph: string; readonly scope: PublisherScope },
): RegistryResult<object> {
  if (!claims.subgraphs.includes(subgraph)) {
    const allowed = claims.subgraphs.join(', ') || 'none';
    return {
      ok: false,
      error: SCHEMA_REGISTRY_ERRORS.FORBIDDEN.err([
        `the token of ${claims.sub} is for ${allowed}, not ${subgraph}`,
      ]),
    };
  }
  if (scope === 'publish' && claims.scope !== 'publish') {
    return {
      ok: false,
      error: SCHEMA_REGISTRY_ERRORS.FORBIDDEN.err([`the token of ${claims.sub} may only check`]),
    };
  }
  return { ok: true };
}
