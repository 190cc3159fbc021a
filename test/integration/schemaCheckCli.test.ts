import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dost-schema-check-'));

function committed(name: string): string {
  return readFileSync(join(root, 'schema', `${name}.graphql`), 'utf8');
}

/** `source` with `from` replaced once; fails loudly when the fixture no longer matches. */
function edit(source: string, from: string, to: string): string {
  if (!source.includes(from)) throw new Error(`fixture text not found: ${from}`);
  return source.replace(from, to);
}

function write(path: string, text: string): string {
  const full = join(dir, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, text);
  return full;
}

/** Runs `npm run schema:check -- …` as an agency's CI would (through tsx, from the repo). */
function schemaCheck(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/schemaCheck.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run schema:check', () => {
  it('fails a removed field that a registered operation uses, naming both', () => {
    const sdl = edit(
      committed('people'),
      '  "Surname, given name and patronymic, as written on an identity card."\n  fullName: String!\n',
      '',
    );
    const candidate = write('removed/people.graphql', sdl);
    write(
      'removed/ops/citizenCard.graphql',
      'query CitizenCard($fin: FIN!) {\n  citizen(fin: $fin) {\n    fin\n    fullName\n  }\n}\n',
    );
    write(
      'removed/ops/birthDates.graphql',
      'query BirthDates($fins: [FIN!]!) {\n  citizens(fins: $fins) {\n    birthDate\n  }\n}\n',
    );

    const { status, out } = schemaCheck(
      'people',
      candidate,
      '--operations',
      join(dir, 'removed/ops'),
    );

    expect(status).toBe(1);
    expect(out).toContain("✗ BREAKING  Citizen.fullName: Field 'fullName' was removed");
    expect(out).toContain('1 of 2 broken by this change');
    expect(out).toContain('✗ CitizenCard (citizenCard.graphql)');
    expect(out).toContain('Cannot query field "fullName" on type "Citizen".');
    expect(out).not.toContain('BirthDates');
    expect(out).toContain('✗ FAILED (changes, operations)');
  });

  it('fails a candidate that does not compose, with the composition message', () => {
    const sdl = edit(committed('pensions'), '  fin: FIN!\n', '  fin: String!\n');
    const { status, out } = schemaCheck('pensions', write('conflict/pensions.graphql', sdl));

    expect(status).toBe(1);
    expect(out).toContain('✗ Composition: 1 error(s)');
    expect(out).toContain(
      'FIELD_TYPE_MISMATCH: Type of field "Citizen.fin" is incompatible across subgraphs',
    );
    expect(out).toContain('– Changes: skipped: composition failed');
    expect(out).toContain('✗ FAILED (composition)');
  });

  it('passes the committed SDL unchanged (exit 0)', () => {
    const { status, out } = schemaCheck('people', join(root, 'schema/people.graphql'));
    expect(out).toContain('✓ PASSED');
    expect(status).toBe(0);
  });

  it("passes the training agency's subgraph with its own rules and access matrix (exit 0)", () => {
    const agency = join(root, 'agencies/training');
    const { status, out } = schemaCheck(
      'training',
      join(agency, 'schema/training.graphql'),
      '--rules',
      join(agency, 'src/enforcedRules.ts'),
      '--access-matrix',
      join(agency, 'ACCESS.md'),
    );
    expect(out).toContain('✓ PASSED');
    expect(status).toBe(0);
  });

  it("takes a new subgraph's rules from --rules and reports --json for machines", () => {
    // The federation link and the canonical FIN block, copied as docs/adding-a-subgraph.md says.
    const [header = ''] = committed('people').split('\n\n"A calendar day');
    const sdl = `${header}

type Citizen @key(fields: "fin") {
  fin: FIN!
  "Vocational-training courses taken."
  training: [String!]
}
`;
    const candidate = write('training/training.graphql', sdl);
    const rules = write(
      'training/permissions.ts',
      'export const trainingRules = { Query: { _entities: 1, _service: 1 }, _Service: 1, Citizen: { fin: 1 } };\n',
    );

    const { status, out } = schemaCheck('training', candidate, '--rules', rules, '--json');

    expect(status).toBe(1);
    const report: unknown = JSON.parse(out);
    expect(report).toMatchObject({
      subgraph: 'training',
      ok: false,
      composition: { status: 'pass' },
      changes: { status: 'pass', subgraph: null, reason: 'new subgraph: no published version' },
      operations: { registered: null, reason: 'none registered' },
      conformance: {
        rules: { from: rules, unruled: ['Citizen.training'] },
        scalars: { mismatches: [] },
        accessMatrix: { missing: ['Citizen.training'] },
      },
    });
  });
});
