/** Trusted documents by id: the sha256 (hex) of each document's exact text. */
export type DocumentManifest = Readonly<Record<string, string>>;

/** One published manifest as the registry holds it. */
export interface ManifestRecord {
  readonly version: number;
  readonly documents: DocumentManifest;
  readonly sha256: string;
}
