import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AssetStore } from './playgroundAssets.ts';
import { setSecurityHeaders } from './securityHeaders.ts';
import { sendPlainText } from '../http/sendPlainText.ts';

/** Asset URLs carry a content hash, so a browser may keep them for the whole day unasked. */
const ASSET_CACHE_CONTROL = 'public, max-age=86400, immutable';

/** Answers a request for one named asset: 200, 304, or a plain-text 404/405. */
export async function sendAsset(
  req: IncomingMessage,
  res: ServerResponse,
  { store, name }: { store: AssetStore; name: string },
): Promise<void> {
  setSecurityHeaders(res);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    sendPlainText(res, 405, 'Method not allowed');
    return;
  }
  const asset = await store.get(name);
  if (asset === undefined) {
    sendPlainText(res, 404, 'Not found');
    return;
  }
  const etag = `"${asset.version}"`;
  res.setHeader('cache-control', ASSET_CACHE_CONTROL);
  res.setHeader('etag', etag);
  if (req.headers['if-none-match'] === etag) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.statusCode = 200;
  res.setHeader('content-type', asset.contentType);
  res.setHeader('content-length', asset.body.length);
  res.end(req.method === 'HEAD' ? undefined : asset.body);
}
