import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  basesCitableBy,
  LEGAL_BASES,
  type LegalBasis,
} from '../../gateway/admission/legalBases.ts';
import { parsePurpose } from '../../gateway/admission/parsePurpose.ts';
import { ROLES, ROLES_WITHOUT_PURPOSE } from '@dost/platform/roles.ts';

const BASES = Object.keys(LEGAL_BASES) as LegalBasis[];
/**
 * The role columns of docs/purposes.md's first table, in order: every role that states a
 * purpose (not the citizen, not the centre manager).
 */
const COLUMNS = ROLES.filter((role) => !ROLES_WITHOUT_PURPOSE.includes(role));

/** The cells of each table row that starts with a basis in backticks, by table. */
function tableRows(markdown: string): Map<string, string[]>[] {
  const tables: Map<string, string[]>[] = [];
  let current: Map<string, string[]> | null = null;
  for (const line of markdown.split('\n')) {
    const row = /^\| `([A-Z_]+)` +\|(.*)\|$/.exec(line);
    if (row === null) {
      current = null;
      continue;
    }
    if (current === null) {
      current = new Map();
      tables.push(current);
    }
    current.set(
      row[1] ?? '',
      (row[2] ?? '').split(' | ').map((cell) => cell.trim()),
    );
  }
  return tables;
}

describe('the catalogue of legal bases', () => {
  it('gives every role that states a purpose a basis, and the others none', () => {
    for (const role of ROLES) {
      if (ROLES_WITHOUT_PURPOSE.includes(role)) expect(basesCitableBy(role)).toEqual([]);
      else expect(basesCitableBy(role).length, role).toBeGreaterThan(0);
    }
  });

  it.each(BASES)('accepts %s only from the roles it names', (basis) => {
    const purpose = `${basis}:${LEGAL_BASES[basis].example}`;
    for (const role of ROLES) {
      const may = (LEGAL_BASES[basis].roles as readonly string[]).includes(role);
      expect(parsePurpose(purpose, role), `${role} citing ${basis}`).toBe(may ? purpose : null);
    }
  });

  it.each([
    ['no header', undefined],
    ['an empty one', ''],
    ['no case reference', 'SERVICE_APPLICATION:'],
    ['no basis', ':APP-1'],
    ['an unknown basis', 'FOO_BAR:x'],
    ['a basis in lower case', 'service_application:APP-1'],
    ['a reference with spaces', 'SERVICE_APPLICATION:APP 1'],
    ['a reference past 64 characters', `SERVICE_APPLICATION:${'A'.repeat(65)}`],
    ['an inherited property name', 'CONSTRUCTOR:x'],
  ])('refuses %s', (_case, header) => {
    expect(parsePurpose(header, 'operator')).toBeNull();
  });

  it('keeps the stated form, trimmed, and takes the first of repeated headers', () => {
    expect(parsePurpose('  SERVICE_APPLICATION:APP-1 ', 'operator')).toBe(
      'SERVICE_APPLICATION:APP-1',
    );
    expect(parsePurpose(['SERVICE_APPLICATION:APP-1', 'FOO:x'], 'operator')).toBe(
      'SERVICE_APPLICATION:APP-1',
    );
  });

  it('is the catalogue docs/purposes.md shows', () => {
    const docs = readFileSync(new URL('../../docs/purposes.md', import.meta.url), 'utf8');
    const [matrix, details] = tableRows(docs);
    expect([...(matrix?.keys() ?? [])]).toEqual(BASES);
    expect([...(details?.keys() ?? [])]).toEqual(BASES);
    for (const basis of BASES) {
      const { roles, description, law, example, needsCase } = LEGAL_BASES[basis];
      const marks = COLUMNS.map((role) =>
        (roles as readonly string[]).includes(role) ? '✓' : '—',
      );
      expect(matrix?.get(basis), basis).toEqual(marks);
      expect(details?.get(basis), basis).toEqual([
        description,
        law,
        `\`${example}\``,
        needsCase ? 'yes' : 'no',
      ]);
    }
  });
});
