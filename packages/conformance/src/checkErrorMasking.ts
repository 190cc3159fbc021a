import type { CheckResult } from './ConformanceReport.ts';
import type { ConformanceContext } from './ConformanceContext.ts';
import { ENTITY, ENTITY_KEY } from './entitySelection.ts';
import { findLeaks } from './findLeaks.ts';
import { describeAnswer, errorsOf, isAccepted } from './graphqlAnswer.ts';
import type { HttpAnswer } from './SubgraphClient.ts';

/** A bad call, and whether it must produce an error (a fault may also be handled cleanly). */
interface BadCall {
  readonly name: string;
  readonly body: string;
  readonly mustError: boolean;
}

function entities(representations: unknown[], selection: string): string {
  return JSON.stringify({
    query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${ENTITY} { ${selection} } } }`,
    variables: { r: representations },
  });
}

function badCalls(selection: string): BadCall[] {
  return [
    {
      name: 'malformed query',
      body: JSON.stringify({ query: '{ _service { sdl ' }),
      mustError: true,
    },
    {
      name: 'unknown field',
      body: JSON.stringify({ query: '{ _service { conformanceNoSuchField } }' }),
      mustError: true,
    },
    { name: 'body not JSON', body: '{"query": ', mustError: true },
    {
      // An object where the key's scalar belongs reaches the registry's lookup as is.
      name: 'resolver fault: key that is an object',
      body: entities([{ __typename: ENTITY, [ENTITY_KEY]: { $ne: null } }], selection),
      mustError: false,
    },
    {
      name: 'resolver fault: representation without its key',
      body: entities([{ __typename: ENTITY }], selection),
      mustError: false,
    },
    {
      name: 'resolver fault: unknown entity type',
      body: entities([{ __typename: 'ConformanceNoSuchType', [ENTITY_KEY]: 'X' }], '__typename'),
      mustError: false,
    },
  ];
}

/** Problems of one answer to a bad call: an error without a code, a leak, none at all. */
function problemsOf(call: BadCall, answer: HttpAnswer): string[] {
  const errors = errorsOf(answer);
  const problems: string[] = [];
  if (answer.status >= 500 && errors.length === 0)
    problems.push(`status ${answer.status}, no errors`);
  if (call.mustError && errors.length === 0) problems.push('no error');
  const uncoded = errors.filter((error) => error.code === undefined).length;
  if (uncoded > 0) problems.push(`${uncoded} error(s) without extensions.code`);
  problems.push(...findLeaks(answer.text).map((leak) => `shows ${leak}`));
  return problems;
}

/**
 * Bad input and faults must come back as coded errors that show nothing of the inside: a
 * malformed query, an unknown field, a body that is not JSON, and `_entities` calls that make
 * a resolver fail; each answer is read for stack traces, source paths, SQL text and driver
 * messages. Afterwards a correctly signed call must still be answered.
 */
export async function checkErrorMasking(context: ConformanceContext): Promise<CheckResult> {
  const { client, identity } = context;
  const selection = context.selection?.selection ?? '__typename';
  const details: string[] = [];
  let failures = 0;
  for (const call of badCalls(selection)) {
    const answer = await client.post(call.body, { identity });
    const problems = problemsOf(call, answer);
    if (problems.length > 0) failures += 1;
    const codes = errorsOf(answer).map((error) => error.code ?? '(none)');
    details.push(
      problems.length === 0
        ? `✓ ${call.name}: ${codes.length > 0 ? codes.join(', ') : `handled (${describeAnswer(answer)})`}`
        : `✗ ${call.name}: ${problems.join('; ')}`,
    );
  }
  const after = await client.post(JSON.stringify({ query: '{ _service { sdl } }' }), { identity });
  const serving = isAccepted(after);
  if (!serving) failures += 1;
  details.push(`${serving ? '✓' : '✗'} still serving afterwards (${describeAnswer(after)})`);
  return {
    id: 'error-masking',
    title: 'Errors are coded and masked',
    status: failures === 0 ? 'pass' : 'fail',
    summary:
      failures === 0
        ? 'every bad call got coded errors showing nothing internal; still serving'
        : `${failures} of ${details.length} answers wrong`,
    details,
  };
}
