/** A client operation the graph has promised to keep answering (a trusted document). */
export interface RegisteredOperation {
  /** The manifest id, or the file's path relative to the folder it was read from. */
  readonly id: string;
  /** The GraphQL document: one or more operations and their fragments. */
  readonly document: string;
}
