import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startRegistrySubgraph } from '@dost/subgraph-kit';
import type { Listening } from '@dost/platform/listen.ts';
import { createRequestLog } from '../../packages/subgraph-kit/src/logging/createRequestLog.ts';
import { REGISTRY_SUBGRAPHS } from '../../subgraphs/catalog.ts';
import { callSubgraph, errorCodes, operator } from '../helpers/callSubgraph.ts';
import { openTestRegistry, testDialects, type TestDb } from '../helpers/testDatabases.ts';
import { createTestKeys } from '../helpers/testKeys.ts';

const S1_PENSION =
  'query($r:[_Any!]!){_entities(representations:$r){...on Citizen{pension{labourPension{type status amount}}}}}';

describe('the request logger is made only when a request logs', () => {
  it('makes no child until asked, then one, bound to the subgraph and request id', () => {
    const parent = pino({ level: 'silent' });
    const child = vi.spyOn(parent, 'child');
    const log = createRequestLog(parent, { subgraph: 'pensions', requestId: 'rid-7' });
    expect(child).not.toHaveBeenCalled();
    expect(log()).toBe(log());
    expect(child).toHaveBeenCalledTimes(1);
    expect(child).toHaveBeenCalledWith({ subgraph: 'pensions', rid: 'rid-7' });
  });
});

describe.each(testDialects())('a subgraph’s log lines carry the request id ($name)', (dialect) => {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      done();
    },
  });
  const keys = createTestKeys();
  /** Loggers made from the subgraph's (pino's onChild is inherited by every child). */
  let children = 0;
  let store: TestDb;
  let server: Listening;

  beforeAll(async () => {
    const module = REGISTRY_SUBGRAPHS.pensions;
    store = await openTestRegistry(dialect, module.database, module.migrations);
    server = await startRegistrySubgraph({
      subgraph: module,
      db: store.db,
      callKey: keys.callKey('pensions'),
      log: pino({ level: 'info', onChild: () => void children++ }, sink),
    });
  });
  afterAll(async () => {
    await server.close();
    await store.cleanup();
  });

  const call = (requestId: string) =>
    callSubgraph(
      server.url,
      { query: S1_PENSION, variables: { r: [{ __typename: 'Citizen', fin: '5ZK7P2Q' }] } },
      { key: keys.callKey('pensions'), audience: 'pensions', identity: operator({ requestId }) },
    );

  it('makes no logger and writes nothing for requests that went well', async () => {
    const before = { lines: lines.length, children };
    for (let i = 0; i < 3; i++) expect((await call(`rid-quiet-${i}`)).errors).toBeUndefined();
    // Apollo Server copies the context per operation: the copy must not make the logger.
    expect(children).toBe(before.children);
    expect(lines.length).toBe(before.lines);
  });

  it('logs a failing resolver under the id the gateway sent', async () => {
    // A registry table gone: the resolver fails, the kit masks it as INTERNAL and logs it.
    await store.db.schema.renameTable('pensiya_ish', 'pensiya_ish_gone');
    try {
      const answer = await call('rid-broken-1');
      expect(errorCodes(answer)).toContain('INTERNAL');
      await call('rid-broken-2');
    } finally {
      await store.db.schema.renameTable('pensiya_ish_gone', 'pensiya_ish');
    }
    const failed = lines.filter((line) => line['msg'] === 'resolver failed');
    expect(failed.map((line) => [line['rid'], line['subgraph']])).toEqual([
      ['rid-broken-1', 'pensions'],
      ['rid-broken-2', 'pensions'],
    ]);
  });
});
