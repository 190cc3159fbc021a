import type { CheckRequest, ConformanceSection, PublishRequest } from '@dost/schema-tools';
import { SCHEMA_REGISTRY_ERRORS, type RegistryResult } from '../schemaRegistryErrors.ts';
import { MAX_SUBGRAPH_NAME } from '../schemaRegistryMigrations.ts';

/**
 * Lower-case letters, digits and `_`: the name also spells its `DOST_<NAME>_URL` variable
 * and its internal tokens' audience.
 */
const SUBGRAPH_NAME = new RegExp(`^[a-z][a-z0-9_]{0,${MAX_SUBGRAPH_NAME - 1}}$`);
const STATUSES = new Set(['pass', 'warn', 'fail', 'skip']);

type Body = Readonly<Record<string, unknown>>;

const bad = (problem: string) => ({
  ok: false as const,
  error: SCHEMA_REGISTRY_ERRORS.BAD_REQUEST.err([problem]),
});

function objectOf(text: string): Body | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Body)
      : null;
  } catch {
    return null;
  }
}

function optionalFlag(body: Body, name: string): boolean | null {
  const value = body[name];
  if (value === undefined) return false;
  return typeof value === 'boolean' ? value : null;
}

function hasStatus(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    'status' in value &&
    typeof value.status === 'string' &&
    STATUSES.has(value.status)
  );
}

/** The CLI's conformance section, checked for the shape the report and the verdict read. */
function isConformance(value: unknown): value is ConformanceSection {
  if (!hasStatus(value)) return false;
  const section = value as Body;
  return ['rules', 'scalars', 'accessMatrix'].every((part) => hasStatus(section[part]));
}

/** A check request's body: `{ name, sdl, allowBreaking? }`. */
export function parseCheckRequest(text: string): RegistryResult<{ request: CheckRequest }> {
  const body = objectOf(text);
  if (body === null) return bad('the body must be a JSON object');
  const { name, sdl } = body;
  if (typeof name !== 'string' || !SUBGRAPH_NAME.test(name)) {
    return bad('name: a subgraph name of a-z, 0-9 and _');
  }
  if (typeof sdl !== 'string') return bad('sdl: the candidate SDL as a string');
  const allowBreaking = optionalFlag(body, 'allowBreaking');
  if (allowBreaking === null) return bad('allowBreaking: true or false');
  return { ok: true, request: { name, sdl, allowBreaking } };
}

/** A publish request's body: a check request's, with `url`, `conformance` and `force?`. */
export function parsePublishRequest(text: string): RegistryResult<{ request: PublishRequest }> {
  const checked = parseCheckRequest(text);
  if (!checked.ok) return checked;
  const body = objectOf(text) ?? {};
  const { url, conformance } = body;
  if (typeof url !== 'string' || !/^https?:\/\//.test(url) || !URL.canParse(url)) {
    return bad('url: the http(s):// URL the gateway calls the subgraph at');
  }
  if (!isConformance(conformance)) {
    return bad('conformance: the conformance section the CLI reports (dost-schema publish)');
  }
  const force = optionalFlag(body, 'force');
  if (force === null) return bad('force: true or false');
  return { ok: true, request: { ...checked.request, url, conformance, force } };
}
