import { ERRORS } from '@dost/platform/errors.ts';

/** @default page size when `first` is omitted */
export const DEFAULT_PAGE_SIZE = 20;
/** Largest page a client may ask for. */
export const MAX_PAGE_SIZE = 100;

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
}

export interface PageArgs {
  readonly first: number;
  /** Id of the last row already seen, decoded from the cursor. */
  readonly afterId: number | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Validates `first`/`after`; a bad value is BAD_USER_INPUT, never a database error. */
export function pageArgs({ first, after }: ConnectionArgs): PageArgs {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw ERRORS.BAD_USER_INPUT.err(`first must be between 0 and ${MAX_PAGE_SIZE}.`);
  }
  return { first: size, afterId: after == null ? null : decodeCursor(after) };
}

/** Cursors are opaque to clients; inside they are a versioned row id. */
export function encodeCursor(id: number): string {
  return Buffer.from(`v1:${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const match = /^v1:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (match?.[1] === undefined) throw ERRORS.BAD_USER_INPUT.err('The cursor is not valid.');
  return Number(match[1]);
}

/** Builds a connection from up to `first + 1` rows, newest first. */
export function toConnection<T extends { id: number }>(
  rows: readonly T[],
  first: number,
): Connection<T> {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
