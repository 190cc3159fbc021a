import {
  pageArgs,
  toConnection,
  type Connection,
  type ConnectionArgs,
  type PageArgs,
} from './connection.ts';

/**
 * Resolves a Relay connection field: validates `first`/`after` before any statement runs (a
 * bad value throws BAD_USER_INPUT, which the kit's shield passes through), fetches up to
 * `first + 1` nodes, newest first, and wraps them.
 */
export async function resolveConnection<T extends { id: number }>(
  args: ConnectionArgs,
  fetch: (page: PageArgs) => Promise<readonly T[]>,
): Promise<Connection<T>> {
  const page = pageArgs(args);
  return toConnection(await fetch(page), page.first);
}
