import { parseArgs } from 'node:util';

/** What `dost-schema` was asked to do. */
export interface CliCommand {
  readonly command: 'check' | 'publish';
  readonly name: string;
  readonly sdlFile: string;
  readonly registry: string | undefined;
  readonly published: string | undefined;
  readonly tokenFile: string | undefined;
  readonly url: string | undefined;
  readonly operations: string | undefined;
  readonly rules: string | undefined;
  readonly accessMatrix: string | undefined;
  readonly allowBreaking: boolean;
  readonly force: boolean;
  readonly json: boolean;
}

export type ParsedCli =
  | { readonly kind: 'help' }
  | { readonly kind: 'run'; readonly run: CliCommand }
  | { readonly kind: 'bad'; readonly problem: string };

/**
 * Lower-case letters, digits and `_`: the name also spells its `DOST_<NAME>_URL` variable
 * and its internal tokens' audience (the registry enforces the same).
 */
const SUBGRAPH_NAME = /^[a-z][a-z0-9_]{0,63}$/;

/** Reads `dost-schema`'s command line; never throws. */
export function parseCliArguments(args: readonly string[]): ParsedCli {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        registry: { type: 'string' },
        published: { type: 'string' },
        'token-file': { type: 'string' },
        url: { type: 'string' },
        operations: { type: 'string' },
        rules: { type: 'string' },
        'access-matrix': { type: 'string' },
        'allow-breaking': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return { kind: 'bad', problem: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) return { kind: 'help' };
  const [command, name, sdlFile, ...extra] = positionals;
  if (command !== 'check' && command !== 'publish') {
    return { kind: 'bad', problem: `unknown command ${command ?? ''}: use check or publish` };
  }
  if (name === undefined || sdlFile === undefined || extra.length > 0) {
    return { kind: 'bad', problem: 'give the subgraph name and its SDL file' };
  }
  if (!SUBGRAPH_NAME.test(name))
    return { kind: 'bad', problem: `subgraph name ${name}: use a-z, 0-9 and _` };
  const problem = whatIsMissing(command, values);
  if (problem !== null) return { kind: 'bad', problem };
  return {
    kind: 'run',
    run: {
      command,
      name,
      sdlFile,
      registry: values.registry,
      published: values.published,
      tokenFile: values['token-file'],
      url: values.url,
      operations: values.operations,
      rules: values.rules,
      accessMatrix: values['access-matrix'],
      allowBreaking: values['allow-breaking'],
      force: values.force,
      json: values.json,
    },
  };
}

function whatIsMissing(
  command: 'check' | 'publish',
  values: {
    registry?: string;
    published?: string;
    url?: string;
    operations?: string;
    force?: boolean;
  },
): string | null {
  const { registry, published, url } = values;
  if (registry !== undefined && !URL.canParse(registry))
    return `--registry ${registry} is not a URL`;
  if (command === 'check') {
    if ((registry === undefined) === (published === undefined)) {
      return 'check: give --registry <url> or --published <dir>, one of them';
    }
    if (registry !== undefined && values.operations !== undefined) {
      return 'check: the registry holds the registered operations; --operations is for --published';
    }
    if (values.force === true) return 'check: --force is for publish';
    return null;
  }
  if (registry === undefined) return 'publish: --registry <url> is required';
  if (published !== undefined || values.operations !== undefined) {
    return 'publish: --published and --operations are for an offline check';
  }
  if (url === undefined || !/^https?:\/\//.test(url) || !URL.canParse(url)) {
    return 'publish: --url must be the http(s):// URL the gateway calls the subgraph at';
  }
  return null;
}
