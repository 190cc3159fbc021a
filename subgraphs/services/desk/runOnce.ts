import { createHash } from 'node:crypto';
import { ERRORS, type SubgraphContext } from '@dost/subgraph-kit';
import type { ServicesLoaders } from '../loaders.ts';
import type { DeskTransaction } from '../registry.ts';

/** What a caller may choose as a key: long enough to be unique, plain enough to log. */
const KEY = /^[A-Za-z0-9._-]{8,64}$/;

/** Every mutation's input carries its key beside the write's own arguments. */
export interface KeyedInput {
  readonly idempotencyKey: string;
}

/**
 * Runs a write once per (caller, idempotency key): the first call writes, a repeat with the
 * same input returns the first write's id and writes nothing, and a repeat with other input
 * is IDEMPOTENCY_KEY_REUSED. The key, the write and its result commit in one transaction.
 */
export async function runOnce<TInput extends KeyedInput>(
  operation: string,
  input: TInput,
  { identity, loaders }: SubgraphContext<ServicesLoaders>,
  write: (trx: DeskTransaction) => Promise<number>,
): Promise<number> {
  const { idempotencyKey, ...rest } = input;
  if (!KEY.test(idempotencyKey)) {
    throw ERRORS.BAD_USER_INPUT.err(
      'idempotencyKey must be 8–64 of A–Z a–z 0–9 . _ - (one fresh key per intended write).',
      { argument: 'idempotencyKey' },
    );
  }
  const result = await loaders.registry.once(
    { actor: identity.actor, key: idempotencyKey, operation, inputHash: hashOf(operation, rest) },
    write,
  );
  if (result.kind === 'reused') {
    throw ERRORS.IDEMPOTENCY_KEY_REUSED.err(undefined, { argument: 'idempotencyKey' });
  }
  return result.id;
}

/** The input's canonical hash: its keys sorted, so field order does not make it differ. */
function hashOf(operation: string, input: Record<string, unknown>): string {
  const sorted = Object.fromEntries(
    Object.entries(input)
      .filter(([, value]) => value !== undefined && value !== null)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  return createHash('sha256')
    .update(JSON.stringify([operation, sorted]))
    .digest('hex');
}
