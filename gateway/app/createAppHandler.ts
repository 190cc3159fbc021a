import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from '@dost/platform/createGraphQLHandler.ts';
import { setAppSecurityHeaders } from './appSecurityHeaders.ts';
import { loadAppBuild, type AppFile } from './loadAppBuild.ts';
import { sendPlainText } from '../http/sendPlainText.ts';

export interface AppOptions {
  /** The folder of the app's Vite build (app/dist, written by npm run app:build). */
  readonly dir: string;
  /** Path the app is served under; the build's `base` must match. @default '/app/' */
  readonly basePath?: string;
}

/**
 * Serves the reference one-window app's build from memory: its page at the base path, its
 * hashed assets below it. The build is read on the first request, so a gateway without one
 * still starts (and answers 503 here until it exists).
 */
export function createAppHandler({ dir, basePath = '/app/' }: AppOptions): RequestHandler {
  if (!basePath.startsWith('/') || !basePath.endsWith('/')) {
    throw new TypeError('The app basePath must start and end with a slash.');
  }
  const bare = basePath.slice(0, -1);
  let build: Promise<ReadonlyMap<string, AppFile>> | undefined;
  const files = () => {
    build ??= loadAppBuild(dir).catch((error: unknown) => {
      // Not remembered: a build written later is picked up without a restart.
      build = undefined;
      throw error;
    });
    return build;
  };

  return async (req, res) => {
    const path = pathOf(req.url);
    if (path !== bare && !path.startsWith(basePath)) return false;
    setAppSecurityHeaders(res);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      sendPlainText(res, 405, 'Method not allowed');
      return true;
    }
    if (path === bare) {
      res.statusCode = 308;
      res.setHeader('location', basePath);
      res.end();
      return true;
    }
    const loaded = await files().catch(() => null);
    if (loaded === null) {
      sendPlainText(res, 503, 'The app is not built: run npm run app:build.');
      return true;
    }
    const name = path.slice(basePath.length);
    const file = loaded.get(name === '' ? 'index.html' : name);
    if (file === undefined) sendPlainText(res, 404, 'Not found');
    else sendFile(req, res, file);
    return true;
  };
}

/** The raw path, undecoded and unnormalised, so `..` can never turn into another name. */
function pathOf(url = '/'): string {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: AppFile): void {
  // The page names hashed assets, so it is revalidated each time while they are kept.
  res.setHeader(
    'cache-control',
    file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
  res.statusCode = 200;
  res.setHeader('content-type', file.contentType);
  res.setHeader('content-length', file.body.length);
  res.end(req.method === 'HEAD' ? undefined : file.body);
}
