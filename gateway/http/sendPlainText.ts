import type { ServerResponse } from 'node:http';

/** A short plain-text answer (404, 405, 503) that no cache keeps: the page and app handlers'. */
export function sendPlainText(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(text);
}
