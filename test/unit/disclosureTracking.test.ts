import type { GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DisclosureLog, trackDisclosure } from '@dost/subgraph-kit';

type Path = GraphQLResolveInfo['path'];

const pathOf = (...keys: (string | number)[]): Path =>
  keys.reduce<Path | undefined>(
    (prev, key) => ({ prev, key, typename: undefined }),
    undefined,
  ) as Path;

/** The query type of the schema: a field on it is a root field, tracked by its arguments. */
const QUERY = { name: 'Query', getFields: () => ({}) };
const infoFor = (type: string, field: string, path: Path) =>
  ({
    parentType: type === 'Query' ? QUERY : { name: type },
    fieldName: field,
    path,
    schema: { getQueryType: () => QUERY, getMutationType: () => undefined },
  }) as unknown as GraphQLResolveInfo;

const FIN = '5ZK7P2Q';

/** The middleware as a plain function (graphql-middleware also accepts option objects). */
function tracker<TContext extends { disclosure: DisclosureLog }>() {
  const middleware = trackDisclosure<TContext>();
  if (typeof middleware !== 'function') throw new Error('trackDisclosure is not a function');
  return middleware;
}

function track(
  resolver: () => unknown,
  { type = 'LabourPension', field = 'amount', parent = { fin: FIN } as unknown } = {},
) {
  const context = { disclosure: new DisclosureLog() };
  const path = pathOf('_entities', 0, field);
  const result = tracker<typeof context>()(
    resolver,
    parent,
    {},
    context,
    infoFor(type, field, path),
  );
  return { result, context };
}

const reportOf = ({ disclosure }: { disclosure: DisclosureLog }) => disclosure.toReport({}, true);

describe('disclosure tracking', () => {
  it('records a field of a citizen’s object without turning a plain value into a promise', () => {
    const { result, context } = track(() => '349.76');
    expect(result).toBe('349.76');
    expect(reportOf(context)).toEqual({
      subjects: [FIN],
      fields: ['LabourPension.amount'],
      refused: [],
    });
  });

  it('records a field whose resolver answers a promise once it settles', async () => {
    let settle: (value: string) => void = () => undefined;
    const pending = new Promise<string>((resolve) => (settle = resolve));
    const { result, context } = track(() => pending);
    expect(context.disclosure.isEmpty).toBe(true);
    settle('ACTIVE');
    await expect(result).resolves.toBe('ACTIVE');
    expect(reportOf(context).fields).toEqual(['LabourPension.amount']);
  });

  it('records nothing when the resolver throws or rejects', async () => {
    const boom = new Error('database cut');
    const thrown = (() => {
      const context = { disclosure: new DisclosureLog() };
      expect(() =>
        tracker<typeof context>()(
          () => {
            throw boom;
          },
          { fin: FIN },
          {},
          context,
          infoFor('LabourPension', 'amount', pathOf('amount')),
        ),
      ).toThrow(boom);
      return context;
    })();
    expect(thrown.disclosure.isEmpty).toBe(true);
    const { result, context } = track(() => Promise.reject(boom));
    await expect(result).rejects.toBe(boom);
    expect(context.disclosure.isEmpty).toBe(true);
  });

  it('records nothing for objects without a FIN, nor for federation plumbing', () => {
    expect(track(() => 'x', { parent: { id: 1 } }).context.disclosure.isEmpty).toBe(true);
    expect(track(() => 'x', { parent: null }).context.disclosure.isEmpty).toBe(true);
    expect(track(() => 'x', { type: '_Service' }).context.disclosure.isEmpty).toBe(true);
    expect(
      track(() => [], { type: 'Query', field: '_entities', parent: undefined }).context.disclosure
        .isEmpty,
    ).toBe(true);
  });

  it('records a root field by the citizens it answered with: existence is a disclosure', () => {
    const { context } = track(() => ({ fin: FIN }), {
      type: 'Query',
      field: 'citizen',
      parent: undefined,
    });
    expect(context.disclosure.toReport({ _entities: [{ citizen: {} }] }, true)).toEqual({
      subjects: [FIN],
      fields: ['Query.citizen'],
      refused: [],
    });
  });
});

describe('refusals', () => {
  it('are reported with whose data it was, even when nothing was disclosed', () => {
    const log = new DisclosureLog();
    log.refuse('DisabilityRecord.diagnoses', [FIN]);
    expect(log.isEmpty).toBe(false);
    expect(log.toReport({}, false)).toEqual({
      subjects: [FIN],
      fields: [],
      refused: ['DisabilityRecord.diagnoses'],
    });
  });
});

describe('a disclosure report of a response without errors', () => {
  it('names every recorded field, as the walk through the data does', () => {
    const log = new DisclosureLog();
    log.add(FIN, 'Citizen.pension', pathOf('_entities', 0, 'pension'), {});
    log.add(FIN, 'PensionRecord.labourPension', pathOf('_entities', 0, 'pension', 'x'), null);
    log.add('3HRT9WX', 'Citizen.pension', pathOf('_entities', 1, 'pension'), null);
    const data = { _entities: [{ pension: { x: null } }, { pension: null }] };
    const expected = {
      subjects: [FIN, '3HRT9WX'],
      fields: ['Citizen.pension', 'PensionRecord.labourPension'],
      refused: [],
    };
    expect(log.toReport(data, true)).toEqual(expected);
    expect(log.toReport(data, false)).toEqual(expected);
  });
});
