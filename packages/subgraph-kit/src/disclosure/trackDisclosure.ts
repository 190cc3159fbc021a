import type { GraphQLResolveInfo } from 'graphql';
import type { IMiddlewareFunction } from 'graphql-middleware';
import type { DisclosureLog } from './DisclosureLog.ts';
import { ownersOf, subjectsOfCall } from './subjectsOfCall.ts';

interface TrackingContext {
  readonly disclosure: DisclosureLog;
}

/**
 * Records every field resolved on an object that belongs to a citizen (it carries `fin`),
 * and every root field (of Query or Mutation) that finds citizens: `citizen(fin:)` answering a Citizen, or null,
 * tells the caller whether that FIN is known even if nothing else is asked (`__typename`).
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
    // A mutation's field is a root too: the write it made is about the citizens it names or
    // returns, and its coordinate (`Mutation.openCase`) says what was done.
    const root =
      info.parentType === info.schema.getQueryType() ||
      info.parentType === info.schema.getMutationType();
    // Federation plumbing (`_Service`, `_entities`) is not a citizen's data: the gateway knows
    // whom an `_entities` call is about, and the fields read on each entity are tracked.
    const plumbing = info.fieldName.startsWith('_') || info.parentType.name.startsWith('_');
    if (plumbing || (typeof fin !== 'string' && !root)) return resolve(parent, args, context, info);
    const result: unknown = resolve(parent, args, context, info);
    const track = (value: unknown) => {
      if (typeof fin === 'string') record(context.disclosure, fin, info, value);
      else recordFinding(context.disclosure, parent, args, info, value);
      return value;
    };
    return isPromiseLike(result) ? result.then(track) : track(result);
  };
}

function record(log: DisclosureLog, fin: string, info: GraphQLResolveInfo, value: unknown): void {
  log.add(fin, `${info.parentType.name}.${info.fieldName}`, info.path, value);
}

/** A root field: about every FIN it was asked for, and every citizen it answered with. */
function recordFinding(
  log: DisclosureLog,
  parent: unknown,
  args: unknown,
  info: GraphQLResolveInfo,
  value: unknown,
): void {
  const subjects = new Set([...subjectsOfCall(parent, args, info), ...ownersOf(value)]);
  for (const fin of subjects) record(log, fin, info, value);
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}
