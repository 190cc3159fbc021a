import { readFileSync } from 'node:fs';
import type { Role } from '@dost/platform/roles.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientTokenClaims } from '../../scripts/lib/signClientToken.ts';
import { DEFAULT_EXAMPLES } from '../../gateway/playground/defaultExamples.ts';
import { purposeHeader } from '../helpers/purposes.ts';
import { startSystem, type RunningSystem } from '../helpers/startSystem.ts';

const DEMO_FINS = ['5ZK7P2Q', '3HRT9WX', '7DMV4LA', '2NXC8FE', '9BQ6YTJ'];

/** A purpose a sentence names, `LEGAL_BASIS:reference` in backticks. */
const NAMED_PURPOSE = /`([A-Z_]+:[A-Za-z0-9._/-]+)`/;

/** The README's example queries, each with the role and purpose its sentence names. */
function readmeExamples(): { name: string; query: string; role: Role; purpose?: string }[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Example queries'), readme.indexOf('## Roles'));
  // The paragraph before each block says whose token and which purpose it is written for.
  return [...section.matchAll(/((?:[^\n]+\n)+)\n```graphql\n([\s\S]*?)```/g)].map((match, i) => ({
    name: `README example ${String(i + 1)}`,
    query: match[2] ?? '',
    role: roleNamedIn(match[1] ?? ''),
    ...purposeNamedIn(match[1] ?? ''),
  }));
}

function roleNamedIn(sentence: string): Role {
  if (/citizen token/.test(sentence)) return 'citizen';
  if (/centre manager token/.test(sentence)) return 'centre_manager';
  return /pension officer token/.test(sentence) ? 'pension_officer' : 'operator';
}

function purposeNamedIn(sentence: string): { purpose?: string } {
  const purpose = NAMED_PURPOSE.exec(sentence)?.[1];
  return purpose === undefined ? {} : { purpose };
}

const CLAIMS: Partial<Record<Role, ClientTokenClaims>> = {
  operator: { sub: 'op-17', role: 'operator', centre: 'baku-1' },
  pension_officer: { sub: 'po-1', role: 'pension_officer', agency: 'DOST' },
  citizen: { sub: 'c-1', role: 'citizen', fin: '5ZK7P2Q' },
  centre_manager: { sub: 'mgr-1', role: 'centre_manager', centre: 'baku-1' },
};

describe('examples work as written, for the role they name', () => {
  let system: RunningSystem;
  beforeAll(async () => {
    system = await startSystem({ name: 'sqlite', url: undefined }, { citizens: 40 });
  }, 60_000);
  afterAll(() => system.close());

  const examples: {
    name: string;
    query: string;
    role: Role;
    variables?: Record<string, unknown>;
    purpose?: string | undefined;
  }[] = [
    ...readmeExamples(),
    ...DEFAULT_EXAMPLES.map(({ name, query, variables, role, purpose }) => ({
      name: `playground tab ${name}`,
      query,
      variables,
      role: role ?? 'operator',
      purpose,
    })),
  ];

  it('finds the README examples', () => {
    expect(readmeExamples().map((example) => example.role)).toEqual([
      'operator',
      'pension_officer',
      'citizen',
      'operator',
      'operator',
      'centre_manager',
    ]);
  });

  it('names the purpose of every staff read, as the playground tab says it', () => {
    // Writes are not bound to a case (docs/purposes.md); reads are.
    const reads = examples.filter(
      ({ role, query }) =>
        role !== 'citizen' && role !== 'centre_manager' && !/^mutation /m.test(query),
    );
    for (const example of reads) {
      expect(example.purpose, example.name).toBeDefined();
      if (example.name.startsWith('playground')) {
        expect(example.query).toContain(`# Purpose: ${example.purpose ?? ''}`);
      }
    }
  });

  it.each(examples)('$name, as $role', async ({ query, role, variables: given, purpose }) => {
    const claims = CLAIMS[role];
    if (claims === undefined) throw new Error(`no token for ${role}`);
    const variables = given ?? { fin: DEMO_FINS[0], fins: DEMO_FINS };
    const response = await system.query(query, {
      token: await system.token(claims),
      headers: purpose === undefined ? purposeHeader(role) : { 'x-dost-purpose': purpose },
      variables: Object.fromEntries(
        Object.entries(variables).filter(([name]) => query.includes(`$${name}`)),
      ),
    });
    expect(response.errors ?? []).toEqual([]);
    expect(response.status).toBe(200);
  });
});
