import type DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import {
  pageArgs,
  toConnection,
  type Connection,
  type ConnectionArgs,
  type PageArgs,
} from '../kit/graphql/connection.ts';
import type { PageKey } from '../kit/loaders/createPageLoader.ts';

/**
 * Validates `first`/`after`, loads the page through its batching loader, and wraps it.
 * A bad argument is returned as its BAD_USER_INPUT error rather than thrown: graphql-shield
 * replaces anything thrown under a rule with its fallback (FORBIDDEN), while a returned error
 * passes the rule untouched and graphql-js reports it on this field.
 */
export async function loadConnection<P extends string | number, T extends { id: number }>(
  loader: DataLoader<PageKey<P>, readonly T[], string>,
  parentId: P,
  args: ConnectionArgs,
): Promise<Connection<T> | GraphQLError> {
  let page: PageArgs;
  try {
    page = pageArgs(args);
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  return toConnection(await loader.load({ parentId, ...page }), page.first);
}
