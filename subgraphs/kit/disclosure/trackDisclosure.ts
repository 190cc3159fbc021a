import type { IMiddlewareFunction } from 'graphql-middleware';
import type { DisclosureLog } from './DisclosureLog.ts';

interface TrackingContext {
  readonly disclosure: DisclosureLog;
}

/**
 * Records every field resolved on an object that belongs to a citizen (it carries `fin`).
 * Applied inside the permission layer, so a denied field is never counted as disclosed.
 */
export function trackDisclosure<TContext extends TrackingContext>(): IMiddlewareFunction<
  unknown,
  TContext,
  unknown
> {
  return async (resolve, parent, args, context, info) => {
    const value: unknown = await resolve(parent, args, context, info);
    const fin = (parent as { fin?: unknown } | null | undefined)?.fin;
    if (typeof fin === 'string' && !info.parentType.name.startsWith('_')) {
      context.disclosure.add(fin, `${info.parentType.name}.${info.fieldName}`, info.path, value);
    }
    return value;
  };
}
