import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkSubgraph,
  loadOperations,
  loadPublishedSubgraphs,
  type CheckSubgraphArgs,
  type PublishedSubgraph,
} from '@dost/schema-tools';
import { knownRuleTree } from '../../scripts/schema/knownRuleTrees.ts';

const schemaDir = new URL('../../schema/', import.meta.url);
const accessMatrix = readFileSync(new URL('../../docs/access-matrix.md', import.meta.url), 'utf8');
const published = await loadPublishedSubgraphs({ schemaDir });

function sdlOf(name: string): string {
  const subgraph = published.find((s: PublishedSubgraph) => s.name === name);
  if (subgraph === undefined) throw new Error(`no published ${name}`);
  return subgraph.sdl;
}

/** `source` with `from` replaced once; fails loudly when the fixture no longer matches. */
function edit(source: string, from: string, to: string): string {
  if (!source.includes(from)) throw new Error(`fixture text not found: ${from}`);
  return source.replace(from, to);
}

async function check(name: string, sdl: string, extra: Partial<CheckSubgraphArgs> = {}) {
  return checkSubgraph({
    name,
    sdl,
    published,
    rules: await knownRuleTree(name),
    accessMatrix,
    ...extra,
  });
}

describe('checkSubgraph on the committed subgraphs', () => {
  it.each(published.map((s) => s.name))(
    'passes %s unchanged, with no change found',
    async (name) => {
      const report = await check(name, sdlOf(name));
      expect(report.ok).toBe(true);
      expect(report.composition.status).toBe('pass');
      expect(report.changes.api).toEqual([]);
      expect(report.changes.subgraph).toEqual([]);
      expect(report.operations.reason).toBe('none registered');
      expect(report.conformance).toMatchObject({
        status: 'pass',
        rules: { unruled: [], stray: [] },
        scalars: { mismatches: [] },
        accessMatrix: { missing: [] },
      });
    },
  );
});

describe('checkSubgraph on a changed candidate', () => {
  it('classes an added nullable field SAFE and passes', async () => {
    const sdl = edit(sdlOf('people'), 'type Address {', 'type Address {\n  postcode: String');
    const report = await check('people', sdl);
    expect(report.changes.api).toEqual([
      expect.objectContaining({ level: 'SAFE', type: 'FIELD_ADDED', path: 'Address.postcode' }),
    ]);
    expect(report.changes.status).toBe('pass');
    expect(report.ok).toBe(true);
  });

  it('fails conformance for a field no rule names', async () => {
    const sdl = edit(
      sdlOf('pensions'),
      '  amount: Money!\n  "Assignment',
      '  amount: Money!\n  "Day of the next indexation."\n  nextIndexationOn: Date\n  "Assignment',
    );
    const report = await check('pensions', sdl);
    expect(report.composition.status).toBe('pass');
    expect(report.conformance.rules.unruled).toEqual(['LabourPension.nextIndexationOn']);
    expect(report.conformance.status).toBe('fail');
    expect(report.ok).toBe(false);
  });

  it('fails conformance for a FIN scalar worded differently from the canonical one', async () => {
    const sdl = edit(sdlOf('unemployment'), 'never I or O, e.g. 5ZK7P2Q.', 'e.g. 5ZK7P2Q.');
    const report = await check('unemployment', sdl);
    expect(report.conformance.scalars.mismatches).toEqual([
      expect.objectContaining({ scalar: 'FIN', canonicalIn: 'people', differs: ['description'] }),
    ]);
    expect(report.ok).toBe(false);
  });

  it('fails conformance for a Citizen field the access matrix does not name', async () => {
    const sdl = edit(
      sdlOf('disability'),
      '  fin: FIN!\n',
      '  fin: FIN!\n  wheelchairUser: Boolean\n',
    );
    const report = await check('disability', sdl);
    expect(report.conformance.accessMatrix.missing).toEqual(['Citizen.wheelchairUser']);
    expect(report.ok).toBe(false);
  });
});

describe('checkSubgraph on breaking changes', () => {
  // Citizen.citizenship removed: clients reading it break. (Not birthDate: the services
  // subgraph @requires it, so removing it fails composition before any change is classed.)
  const sdl = edit(
    sdlOf('people'),
    '  "ISO 3166-1 alpha-3 code, e.g. AZE."\n  citizenship: String!\n',
    '',
  );
  const usesBirthDate = { id: 'age.graphql', document: '{ me { citizenship } }' };
  const usesFullName = { id: 'name.graphql', document: 'query Name { me { fullName } }' };
  const alreadyBroken = { id: 'old.graphql', document: '{ me { nickname } }' };

  it('fails any breaking change without --allow-breaking, operations or not', async () => {
    const report = await check('people', sdl);
    expect(report.changes.api).toContainEqual(
      expect.objectContaining({ level: 'BREAKING', path: 'Citizen.citizenship' }),
    );
    expect(report.changes.status).toBe('fail');
    expect(report.ok).toBe(false);
  });

  it('passes a breaking change that breaks no registered operation when allowed', async () => {
    const report = await check('people', sdl, {
      allowBreaking: true,
      operations: [usesFullName, alreadyBroken],
    });
    expect(report.changes.status).toBe('warn');
    expect(report.operations.broken).toEqual([]);
    // An operation the published schema already refuses is listed, not blamed on the change.
    expect(report.operations.alreadyInvalid.map((op) => op.id)).toEqual(['old.graphql']);
    expect(report.ok).toBe(true);
  });

  it('fails, even when allowed, when a registered operation breaks', async () => {
    const report = await check('people', sdl, {
      allowBreaking: true,
      operations: [usesBirthDate, usesFullName],
    });
    expect(report.operations.broken).toEqual([
      {
        id: 'age.graphql',
        name: 'age.graphql',
        errors: [expect.stringContaining('Cannot query field "citizenship" on type "Citizen"')],
      },
    ]);
    expect(report.ok).toBe(false);
  });
});

describe('loadOperations', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dost-operations-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a folder of documents recursively, each with its relative path as id', async () => {
    mkdirSync(join(dir, 'docs/officer'), { recursive: true });
    writeFileSync(join(dir, 'docs/me.graphql'), '{ me { fin } }');
    writeFileSync(join(dir, 'docs/officer/queue.gql'), 'query Queue { me { fin } }');
    writeFileSync(join(dir, 'docs/notes.md'), 'not a document');
    expect(await loadOperations(join(dir, 'docs'))).toEqual([
      { id: 'me.graphql', document: '{ me { fin } }' },
      { id: join('officer', 'queue.gql'), document: 'query Queue { me { fin } }' },
    ]);
  });

  it('reads a JSON manifest of id → document, and refuses any other shape', async () => {
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ abc123: '{ me { fin } }' }));
    expect(await loadOperations(join(dir, 'manifest.json'))).toEqual([
      { id: 'abc123', document: '{ me { fin } }' },
    ]);
    writeFileSync(join(dir, 'list.json'), JSON.stringify(['{ me { fin } }']));
    await expect(loadOperations(join(dir, 'list.json'))).rejects.toThrow('id → document');
  });
});
