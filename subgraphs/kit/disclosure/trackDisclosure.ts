import type { GraphQLResolveInfo } from 'graphql';
import type { IMiddlewareFunction } from 'graphql-middleware';
import type { DisclosureLog } from './DisclosureLog.ts';

interface TrackingContext {
  readonly disclosure: DisclosureLog;
}

/**
 * Records every field resolved on an object that belongs to a citizen (it carries `fin`).
 * Applied inside the permission layer, so a denied field is never counted as disclosed; a
 * resolver that throws or rejects records nothing.
 *
 * Synchronous unless the resolver returns a promise: it wraps every field of the schema, and
 * an async wrapper would turn every field, default resolvers included, into a promise that
 * graphql-js must then await.
 */
export function trackDisclosure<TContext extends TrackingContext>(): IMiddlewareFunction<
  unknown,
  TContext,
  unknown
> {
  return (resolve, parent, args, context, info) => {
    const fin = (parent as { fin?: unknown } | null | undefined)?.fin;
    // Federation plumbing (`_Service`, `_Entity`) is not a citizen's data.
    if (typeof fin !== 'string' || info.parentType.name.startsWith('_')) {
      return resolve(parent, args, context, info);
    }
    const result: unknown = resolve(parent, args, context, info);
    if (isPromiseLike(result)) {
      return result.then((value) => {
        record(context.disclosure, fin, info, value);
        return value;
      });
    }
    record(context.disclosure, fin, info, result);
    return result;
  };
}

function record(log: DisclosureLog, fin: string, info: GraphQLResolveInfo, value: unknown): void {
  log.add(fin, `${info.parentType.name}.${info.fieldName}`, info.path, value);
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}
