import { readFileSync } from 'node:fs';
import type { Role } from '@dost/platform/roles.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientTokenClaims } from '../../scripts/lib/signClientToken.ts';
import { DEFAULT_EXAMPLES } from '../../gateway/playground/defaultExamples.ts';
import { purposeHeader } from '../helpers/purposes.ts';
import { startSystem, type RunningSystem } from '../helpers/startSystem.ts';

const DEMO_FINS = ['5ZK7P2Q', '3HRT9WX', '7DMV4LA', '2NXC8FE', '9BQ6YTJ'];

/** The README's example queries, each with the role its sentence names. */
function readmeExamples(): { name: string; query: string; role: Role }[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Example queries'), readme.indexOf('## Roles'));
  return [...section.matchAll(/([^\n]+)\n\n```graphql\n([\s\S]*?)```/g)].map((match, i) => ({
    name: `README example ${String(i + 1)}`,
    query: match[2] ?? '',
    role: /citizen token/.test(match[1] ?? '') ? 'citizen' : 'operator',
  }));
}

const CLAIMS: Partial<Record<Role, ClientTokenClaims>> = {
  operator: { sub: 'op-17', role: 'operator', centre: 'baku-1' },
  pension_officer: { sub: 'po-1', role: 'pension_officer', agency: 'DOST' },
  citizen: { sub: 'c-1', role: 'citizen', fin: '5ZK7P2Q' },
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
  }[] = [
    ...readmeExamples(),
    ...DEFAULT_EXAMPLES.map(({ name, query, variables, role }) => ({
      name: `playground tab ${name}`,
      query,
      variables,
      role: role ?? 'operator',
    })),
  ];

  it('finds the README examples', () => {
    expect(readmeExamples().map((example) => example.role)).toEqual([
      'operator',
      'operator',
      'citizen',
    ]);
  });

  it.each(examples)('$name, as $role', async ({ query, role, variables: given }) => {
    const claims = CLAIMS[role];
    if (claims === undefined) throw new Error(`no token for ${role}`);
    const variables = given ?? { fin: DEMO_FINS[0], fins: DEMO_FINS };
    const response = await system.query(query, {
      token: await system.token(claims),
      headers: purposeHeader(role),
      variables: Object.fromEntries(
        Object.entries(variables).filter(([name]) => query.includes(`$${name}`)),
      ),
    });
    expect(response.errors ?? []).toEqual([]);
    expect(response.status).toBe(200);
  });
});
