import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from '@dost/platform/createGraphQLHandler.ts';
import type { Logger } from '@dost/platform/createLogger.ts';
import { readBody } from '@dost/platform/readBody.ts';
import {
  checkAgainstPublished,
  REGISTRY_API,
  type CheckResponse,
  type PublishResponse,
  type RegisteredOperation,
  type SubgraphsResponse,
} from '@dost/schema-tools';
import type { SchemaRegistry } from '../createSchemaRegistry.ts';
import { registryChecks, type PublishCheck } from '../publishCheck.ts';
import { publishSubgraph } from '../publishSubgraph.ts';
import { SCHEMA_REGISTRY_ERRORS, type SchemaRegistryError } from '../schemaRegistryErrors.ts';
import type { SubgraphSchema } from '../SubgraphSchema.ts';
import { authorizePublisher } from './authorizePublisher.ts';
import { parseCheckRequest, parsePublishRequest } from './parseRegistryRequest.ts';
import type { PublisherClaims, PublisherScope } from './PublisherClaims.ts';
import { sendJson, sendRefusal } from './sendJson.ts';
import { verifyPublisherToken, type PublisherKey } from './verifyPublisherToken.ts';

export interface RegistryServiceOptions {
  registry: SchemaRegistry;
  /** The registry's public key for publisher tokens. */
  publicKey: PublisherKey;
  /** What an empty registry starts from: the deployment's committed subgraphs. */
  seed: () => readonly SubgraphSchema[];
  /** The registered client operations a change must not break; undefined: none registered. */
  operations: () => Promise<readonly RegisteredOperation[] | undefined>;
  log: Logger;
  /** Largest request body in bytes. @default 5 MiB (a large SDL and its report) */
  bodyLimit?: number;
}

/**
 * The schema registry's HTTP API (`REGISTRY_API` of @dost/schema-tools): the published set,
 * checks and publishes, each for a publisher token the registry signed. The publisher is the
 * token's subject, never a name the caller states. Composition and the checks run here, on
 * the registry's own published set and registered operations.
 */
export function createRegistryService(options: RegistryServiceOptions): RequestHandler {
  const { registry, publicKey, seed, operations, log, bodyLimit = 5 * 1024 * 1024 } = options;
  const serviceLog = log.child({ component: 'schema-registry' });

  /**
   * The verified claims of the request's publisher token, or null with the refusal sent.
   * Called before the body is read, so a caller without a token learns nothing about what the
   * registry would make of it; `allow` then checks the subgraph the body names.
   */
  const admit = async (req: IncomingMessage, res: ServerResponse) => {
    const header = req.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
    const verified = await verifyPublisherToken(token, publicKey);
    return verified.ok ? verified.claims : refuse(res, verified.error, {});
  };

  const allow = (
    res: ServerResponse,
    claims: PublisherClaims,
    scope: PublisherScope,
    subgraph: string,
  ): PublisherClaims | null => {
    const allowed = authorizePublisher(claims, { subgraph, scope });
    return allowed.ok ? claims : refuse(res, allowed.error, { subgraph, publisher: claims.sub });
  };

  const refuse = (res: ServerResponse, error: SchemaRegistryError, where: object): null => {
    serviceLog.warn({ code: error.code, details: error.details, ...where }, 'refused');
    sendRefusal(res, error);
    return null;
  };

  const body = async (req: IncomingMessage, res: ServerResponse): Promise<string | null> => {
    const read = await readBody(req, bodyLimit);
    if (read.ok) return read.text;
    sendRefusal(
      res,
      SCHEMA_REGISTRY_ERRORS.BAD_REQUEST.err([read.message ?? read.error.description]),
    );
    return null;
  };

  const publishedNow = async () => {
    const set = await registry.publishedSet();
    if (set.version !== null) return set;
    return { version: null, subgraphs: seed().map((s) => ({ ...s, version: null })) };
  };

  const subgraphs = async (req: IncomingMessage, res: ServerResponse) => {
    if ((await admit(req, res)) === null) return;
    const answer: SubgraphsResponse = await publishedNow();
    sendJson(res, 200, answer);
  };

  const check = async (req: IncomingMessage, res: ServerResponse) => {
    const claims = await admit(req, res);
    const text = claims === null ? null : await body(req, res);
    if (claims === null || text === null) return;
    const parsed = parseCheckRequest(text);
    if (!parsed.ok) return sendRefusal(res, parsed.error);
    const { name, sdl, allowBreaking } = parsed.request;
    if (allow(res, claims, 'check', name) === null) return;
    const set = await publishedNow();
    const registered = await operations();
    const checks = await checkAgainstPublished({
      name,
      sdl,
      published: set.subgraphs,
      ...(registered === undefined ? {} : { operations: registered }),
      ...(allowBreaking === undefined ? {} : { allowBreaking }),
    });
    const answer: CheckResponse = { basedOn: set.version, checks };
    sendJson(res, 200, answer);
  };

  const publish = async (req: IncomingMessage, res: ServerResponse) => {
    const token = await admit(req, res);
    const text = token === null ? null : await body(req, res);
    if (token === null || text === null) return;
    const parsed = parsePublishRequest(text);
    if (!parsed.ok) return sendRefusal(res, parsed.error);
    const { name, url, sdl, force = false, allowBreaking, conformance } = parsed.request;
    const claims = allow(res, token, 'publish', name);
    if (claims === null) return;
    const registered = await operations();
    const checks = registryChecks({
      ...(registered === undefined ? {} : { operations: registered }),
      ...(allowBreaking === undefined ? {} : { allowBreaking }),
      conformance,
    });
    // Kept so that a refusal carries the report the checks wrote.
    let report: unknown;
    const keepReport: PublishCheck = async (input) => {
      const outcome = await checks(input);
      report = outcome.report;
      return outcome;
    };
    const outcome = await publishSubgraph({
      registry,
      candidate: { name, url, sdl },
      publishedBy: claims.sub,
      force,
      check: keepReport,
      seed,
    });
    const where = { subgraph: name, publisher: claims.sub, force };
    if (!outcome.ok) {
      serviceLog.warn({ ...where, code: outcome.error.code }, 'publish refused');
      return sendRefusal(res, outcome.error, report === undefined ? {} : { report });
    }
    serviceLog.info(
      { ...where, version: outcome.version, recorded: outcome.recorded },
      'published',
    );
    const answer: PublishResponse = {
      version: outcome.version,
      recorded: outcome.recorded,
      forced: outcome.forced,
      publishedBy: claims.sub,
      report: outcome.recorded ? (outcome.report.report as PublishResponse['report']) : null,
    };
    sendJson(res, 200, answer);
  };

  const routes: Readonly<
    Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>>
  > = {
    [`GET ${REGISTRY_API.subgraphs}`]: subgraphs,
    [`POST ${REGISTRY_API.check}`]: check,
    [`POST ${REGISTRY_API.publish}`]: publish,
    'GET /healthz': (_req, res) => Promise.resolve(sendJson(res, 200, { status: 'ok' })),
  };

  return async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://registry').pathname;
    const route = routes[`${req.method ?? 'GET'} ${path}`];
    if (route === undefined) return false;
    try {
      await route(req, res);
    } catch (error) {
      // Masked: the caller gets the code, the log gets the cause (SQL text stays here).
      serviceLog.error({ err: error, path }, 'registry request failed');
      if (!res.headersSent) sendRefusal(res, SCHEMA_REGISTRY_ERRORS.INTERNAL.err());
    }
    return true;
  };
}
