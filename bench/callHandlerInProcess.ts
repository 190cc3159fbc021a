import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { RequestHandler } from '@dost/platform/createGraphQLHandler.ts';

export interface InProcessResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/**
 * Posts a JSON body to a subgraph's HTTP handler without a socket, so a micro-benchmark's
 * CPU time is the handler's alone (no HTTP parsing, no client in the same process).
 */
export async function callHandlerInProcess(
  handler: RequestHandler,
  body: string,
  headers: Record<string, string> = {},
): Promise<InProcessResponse> {
  const bytes = Buffer.from(body);
  const req = Object.assign(Readable.from([bytes]), {
    method: 'POST',
    url: '/graphql',
    headers: {
      'content-type': 'application/json',
      'content-length': String(bytes.length),
      ...headers,
    },
  }) as unknown as IncomingMessage;
  const chunks: string[] = [];
  const sent: Record<string, string> = {};
  let finished = (): void => undefined;
  const done = new Promise<void>((resolve) => (finished = resolve));
  const res = {
    statusCode: 200,
    shouldKeepAlive: true,
    setHeader: (name: string, value: string | number | readonly string[]) => {
      sent[name.toLowerCase()] = String(value);
      return res;
    },
    write: (chunk: string | Buffer) => void chunks.push(String(chunk)),
    end: (chunk?: string | Buffer) => {
      if (chunk !== undefined) chunks.push(String(chunk));
      finished();
    },
  };
  const handled = await handler(req, res as unknown as ServerResponse);
  if (!handled) throw new Error('The handler did not take /graphql.');
  await done;
  return { status: res.statusCode, headers: sent, body: chunks.join('') };
}
