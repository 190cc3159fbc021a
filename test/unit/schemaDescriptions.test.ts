import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, type DefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Every subgraph's SDL: schema/*.graphql (but the composed supergraph) and each agency's
 * schema/ folder, found on disk so that a subgraph added later is held to the same rule.
 */
function subgraphSchemas(): string[] {
  const own = readdirSync(join(ROOT, 'schema'))
    .filter((name) => name.endsWith('.graphql') && name !== 'supergraph.graphql')
    .map((name) => join('schema', name));
  const agencies = readdirSync(join(ROOT, 'agencies'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const dir = join('agencies', entry.name, 'schema');
      try {
        return readdirSync(join(ROOT, dir))
          .filter((name) => name.endsWith('.graphql'))
          .map((name) => join(dir, name));
      } catch {
        return [];
      }
    });
  return [...own, ...agencies];
}

/**
 * Types, fields, arguments and enum values with no description, as Type, Type.field,
 * Type.field(argument:) and Enum.VALUE.
 */
function undocumented(definition: DefinitionNode): string[] {
  if (!('name' in definition) || definition.name === undefined) return [];
  if (definition.kind === Kind.DIRECTIVE_DEFINITION) return [];
  const type = definition.name.value;
  // An extension adds to a type described where it is defined.
  const isExtension = definition.kind.endsWith('Extension');
  const missing = !isExtension && !('description' in definition && definition.description);
  const members = [
    ...('fields' in definition ? (definition.fields ?? []) : []),
    ...('values' in definition ? (definition.values ?? []) : []),
  ];
  const args = members.flatMap((member) =>
    ('arguments' in member ? (member.arguments ?? []) : [])
      .filter((argument) => !argument.description)
      .map((argument) => `${type}.${member.name.value}(${argument.name.value}:)`),
  );
  return [
    ...(missing ? [type] : []),
    ...members.filter((member) => !member.description).map((m) => `${type}.${m.name.value}`),
    ...args,
  ];
}

describe('the subgraph schemas’ documentation', () => {
  const files = subgraphSchemas();

  it('covers every subgraph, the agencies’ included', () => {
    expect(files).toEqual(expect.arrayContaining(['schema/people.graphql']));
    expect(files.some((file) => file.startsWith('agencies/'))).toBe(true);
  });

  it.each(files)('%s describes every type, field, argument and enum value', (file) => {
    const document = parse(readFileSync(join(ROOT, file), 'utf8'));
    expect(document.definitions.flatMap(undocumented)).toEqual([]);
  });
});
