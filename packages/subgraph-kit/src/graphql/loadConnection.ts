import type { PageLoader } from '../loaders/createPageLoader.ts';
import type { Connection, ConnectionArgs } from './connection.ts';
import { resolveConnection } from './resolveConnection.ts';

/** Resolves a Relay connection field with the parent's page from its batching page loader. */
export function loadConnection<P extends string | number, T extends { id: number }>(
  loader: PageLoader<P, T>,
  parentId: P,
  args: ConnectionArgs,
): Promise<Connection<T>> {
  return resolveConnection(args, (page) => loader.load({ parentId, ...page }));
}
