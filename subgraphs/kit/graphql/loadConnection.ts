import type { PageLoader } from '../loaders/createPageLoader.ts';
import { pageArgs, toConnection, type Connection, type ConnectionArgs } from './connection.ts';

/**
 * Resolves a Relay connection field: validates `first`/`after` before any statement runs (a
 * bad value throws BAD_USER_INPUT, which the kit's shield passes through), loads the parent's
 * page through its batching loader and wraps it.
 */
export async function loadConnection<P extends string | number, T extends { id: number }>(
  loader: PageLoader<P, T>,
  parentId: P,
  args: ConnectionArgs,
): Promise<Connection<T>> {
  const page = pageArgs(args);
  return toConnection(await loader.load({ parentId, ...page }), page.first);
}
