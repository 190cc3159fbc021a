import type { Identity } from '@dost/platform/roles.ts';
import { citizenIdentity } from './candidateIdentities.ts';
import type { CheckResult } from './ConformanceReport.ts';
import type { ConformanceContext } from './ConformanceContext.ts';
import { countValues } from './countValues.ts';
import { entitiesCall } from './entitiesCall.ts';
import { dataOf, describeAnswer, errorsOf } from './graphqlAnswer.ts';
import { readSqlCounter } from './readSqlCounter.ts';
import type { HttpAnswer } from './SubgraphClient.ts';

/**
 * Statements the many-key call may run beyond the most any single key ran. A batch runs one
 * statement per loader whatever its size, and the single keys measured are the richest ones,
 * but the many-key call can still reach a loader no single citizen reaches (one has a labour
 * pension, another only allowances): that adds a statement per call, never one per key. None
 * of the registries here needs it; an N+1 over 100 keys adds about a hundred.
 */
export const BATCH_SLACK = 1;

/** Keys measured alone: the richest answers of the many-key call, and one without data. */
const SINGLE_SAMPLE = 10;

const ID = 'entity-batching';
const TITLE = '`_entities` resolves in batches (no N+1)';

/**
 * Reads `dost_subgraph_sql_statements_total` around `_entities` calls, one after another
 * (the counter is read between calls, so each delta is one call's): all keys in one call,
 * twice, then the richest keys of that answer each alone. The all-keys call must run no more
 * statements than the most any single key ran (plus BATCH_SLACK); a per-key lookup anywhere
 * under the selection, nested pages included, makes it grow with the keys instead.
 */
export async function checkEntityBatching(context: ConformanceContext): Promise<CheckResult> {
  const { client, fins, selection, identity } = context;
  const fail = (summary: string, details: string[] = []): CheckResult => ({
    id: ID,
    title: TITLE,
    status: 'fail',
    summary,
    details,
  });
  if (selection === null) return fail('no selection: the SDL could not be read or has no Citizen');
  const start = await readSqlCounter(client);
  if ('problem' in start) return fail(start.problem);
  let reading = start.value;
  const measure = async (keys: readonly string[], as: Identity) => {
    const answer = await client.post(entitiesCall(keys, selection.selection), { identity: as });
    const after = await readSqlCounter(client);
    if ('problem' in after) throw new Error(after.problem);
    const statements = after.value - reading;
    reading = after.value;
    return { answer, statements };
  };
  // The smaller of two runs: a health probe's `select 1` may land in one of them.
  const first = await measure(fins, identity);
  const second = await measure(fins, identity);
  const many = Math.min(first.statements, second.statements);
  let most = 0;
  let richest = '';
  for (const fin of singleSample(first.answer, fins)) {
    // A citizen reads only their own record: each key is asked as its own citizen.
    const as = identity.role === 'citizen' ? citizenIdentity(fin) : identity;
    const { statements } = await measure([fin], as);
    if (statements > most || richest === '') [most, richest] = [statements, fin];
  }
  const withData = keysWithData(first.answer, selection.ownedFields);
  const refused = keysRefused(first.answer);
  const details = [
    `fields: ${selection.ownedFields.join(', ')} (from the subgraph's SDL), as ${identity.role}`,
    `1 key: at most ${most} statement(s) (${richest}); ${fins.length} keys: ${many} (runs: ${first.statements}, ${second.statements})`,
    `${fins.length}-key answer: ${describeAnswer(first.answer)}; data for ${withData} of ${fins.length} keys`,
    ...(refused > 0 ? [`⚠ refused for ${refused} of ${fins.length} keys as ${identity.role}`] : []),
  ];
  if (many > most + BATCH_SLACK) {
    return fail(
      `N+1: ${fins.length} keys ran ${many} statements, 1 key at most ${most} (slack ${BATCH_SLACK})`,
      details,
    );
  }
  // Below this a nested per-key lookup would hide in the slack.
  const exercised = most > 0 && withData > BATCH_SLACK + 1;
  return {
    id: ID,
    title: TITLE,
    status: exercised ? 'pass' : 'warn',
    summary: exercised
      ? `flat: ${fins.length} keys ran ${many} statement(s), 1 key at most ${most}`
      : `flat (${many} vs ${most}), but hardly exercised: data for ${withData} key(s) this identity may read`,
    details,
  };
}

/** The entities of the answer, by index; an empty list when there are none. */
function entitiesOf(answer: HttpAnswer): unknown[] {
  const entities = dataOf(answer)?.['_entities'];
  return Array.isArray(entities) ? entities : [];
}

/** The SINGLE_SAMPLE keys whose entities carry the most values, and the first key. */
function singleSample(answer: HttpAnswer, fins: readonly string[]): string[] {
  const entities = entitiesOf(answer);
  const ranked = fins
    .map((fin, index) => ({ fin, values: countValues(entities[index]) }))
    .sort((a, b) => b.values - a.values)
    .slice(0, SINGLE_SAMPLE)
    .map(({ fin }) => fin);
  return [...new Set([...ranked, ...fins.slice(0, 1)])];
}

/** Entities with at least one owned field not null. */
function keysWithData(answer: HttpAnswer, owned: readonly string[]): number {
  return entitiesOf(answer).filter((entity: unknown) => {
    if (typeof entity !== 'object' || entity === null) return false;
    const record = entity as Record<string, unknown>;
    return owned.some((field) => record[field] != null);
  }).length;
}

/** Distinct entities (by index) with a FORBIDDEN error. */
function keysRefused(answer: HttpAnswer): number {
  const indices = new Set<number>();
  for (const error of errorsOf(answer)) {
    const [field, index] = error.path;
    if (error.code === 'FORBIDDEN' && field === '_entities' && typeof index === 'number') {
      indices.add(index);
    }
  }
  return indices.size;
}
