/** What a publisher token lets its holder do. */
export type PublisherScope = 'check' | 'publish';

/** A publisher token's claims, as the registry reads them once verified. */
export interface PublisherClaims {
  /** Who publishes (an agency's CI, a person): recorded as `published_by`. */
  readonly sub: string;
  /** The subgraphs it may check and publish, by name. */
  readonly subgraphs: readonly string[];
  /** `check` reads and checks; `publish` also records. */
  readonly scope: PublisherScope;
}

/**
 * The token's fixed parts: ES256 only, and issuer and audience both the registry, so that no
 * other token DOST signs (client, internal) is ever taken for one.
 */
export const PUBLISHER_TOKEN = {
  alg: 'ES256',
  issuer: 'dost-schema-registry',
  audience: 'dost-schema-registry',
} as const;

export const PUBLISHER_SCOPES: readonly PublisherScope[] = ['check', 'publish'];
