import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { Role } from '@dost/platform/roles.ts';
import { DEFAULT_EXAMPLES } from './defaultExamples.ts';
import { DEFAULT_NOTICE } from './defaultNotice.ts';
import { createAssetStore, SCRIPTS, STYLESHEETS, type AssetStore } from './playgroundAssets.ts';
import { buildPlaygroundConfig } from './playgroundConfig.ts';
import { prefersHtml } from './prefersHtml.ts';
import { renderPlaygroundPage } from './renderPlaygroundPage.ts';
import { sendAsset } from './sendAsset.ts';
import { setPageSecurityHeaders } from './securityHeaders.ts';

export interface PlaygroundOptions {
  /** Path the GraphQL endpoint is served at. @default '/graphql' */
  endpoint?: string;
  /** Path prefix for static assets. @default '/playground/' */
  assetsPath?: string;
  /** Page title. @default 'DOST One Window — playground' */
  title?: string;
  /** Example tabs shown on load. @default DEFAULT_EXAMPLES */
  examples?: readonly PlaygroundExample[];
  /** Help text shown above the editor, e.g. how to get a token (HTML-escaped plain text). @default DEFAULT_NOTICE */
  notice?: string;
}

/**
 * One tab of the playground. GraphiQL titles a tab by its operation name, so `name` should be
 * the operation name used in `query`. Tabs have no headers of their own: the page's one token
 * and purpose go with every tab.
 */
export interface PlaygroundExample {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** The role whose token the example is written for (and works with, as written). */
  role?: Role;
  /**
   * The purpose it is written for, as its first comment says: the page's one purpose field
   * must hold it (an operator's read cites the open case of the citizen it reads).
   */
  purpose?: string;
}

export interface Playground {
  /** True when this GET should get the playground page (Accept prefers text/html). */
  wantsPage(req: { method?: string; headers: IncomingHttpHeaders }): boolean;
  /** Serves the page or an asset; returns false when the URL is not the playground's. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
}

/** Creates the offline GraphiQL playground; nothing is read from disk until it is requested. */
export function createPlayground(options: PlaygroundOptions = {}): Playground {
  const { endpoint, assetsPath, ...page } = resolveOptions(options);
  const store = createAssetStore();
  let html: Promise<string> | undefined;
  const wantsPage: Playground['wantsPage'] = (req) =>
    (req.method === 'GET' || req.method === 'HEAD') && prefersHtml(req.headers);

  return {
    wantsPage,
    async handle(req, res) {
      const path = pathOf(req.url);
      if (path === endpoint && wantsPage(req)) {
        html ??= renderWithVersions({ store, endpoint, assetsPath, ...page }).catch((error) => {
          html = undefined;
          throw error;
        });
        sendPage(req, res, await html);
        return true;
      }
      if (!path.startsWith(assetsPath)) return false;
      await sendAsset(req, res, { store, name: path.slice(assetsPath.length) });
      return true;
    },
  };
}

type ResolvedOptions = Required<PlaygroundOptions>;

function resolveOptions(options: PlaygroundOptions): ResolvedOptions {
  const endpoint = options.endpoint ?? '/graphql';
  const assetsPath = options.assetsPath ?? '/playground/';
  if (!endpoint.startsWith('/') || !assetsPath.startsWith('/')) {
    throw new TypeError('Playground endpoint and assetsPath must be absolute paths.');
  }
  return {
    endpoint,
    // A prefix without its slash would also claim siblings such as '/playgroundfoo'.
    assetsPath: assetsPath.endsWith('/') ? assetsPath : `${assetsPath}/`,
    title: options.title ?? 'DOST One Window — playground',
    examples: options.examples ?? DEFAULT_EXAMPLES,
    notice: options.notice ?? DEFAULT_NOTICE,
  };
}

/** The raw path, undecoded and unnormalised, so `..` can never turn into another name. */
function pathOf(url = '/'): string {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

async function renderWithVersions({
  store,
  endpoint,
  assetsPath,
  title,
  notice,
  examples,
}: ResolvedOptions & { store: AssetStore }): Promise<string> {
  const urlOf = async (name: string): Promise<string> => {
    const asset = await store.get(name);
    if (asset === undefined) throw new Error(`Playground asset ${name} is not allow-listed.`);
    return `${assetsPath}${name}?v=${asset.version}`;
  };
  return renderPlaygroundPage({
    title,
    notice,
    config: buildPlaygroundConfig(endpoint, examples),
    stylesheets: await Promise.all(STYLESHEETS.map(urlOf)),
    scripts: await Promise.all(SCRIPTS.map(urlOf)),
  });
}

function sendPage(req: IncomingMessage, res: ServerResponse, html: string): void {
  setPageSecurityHeaders(res);
  res.statusCode = 200;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  // The same URL answers GraphQL to non-browsers, and the page names versioned assets.
  res.setHeader('vary', 'Accept');
  res.setHeader('cache-control', 'no-cache');
  res.setHeader('content-length', Buffer.byteLength(html));
  res.end(req.method === 'HEAD' ? undefined : html);
}
