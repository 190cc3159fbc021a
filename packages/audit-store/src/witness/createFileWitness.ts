import { createReadStream } from 'node:fs';
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import type { AuditWitness, UnreadableWitnessEntry, WitnessEntry } from './AuditWitness.ts';

/**
 * A JSON-lines file opened for append only (O_APPEND), one checkpoint per line, synced to
 * disk before `append` resolves. Several gateway processes on one host may share it: each
 * line goes out in a single write. Make it truly append-only with `chattr +a`, or ship it to
 * WORM storage; the gateway's database account cannot reach it either way.
 */
export function createFileWitness(path: string): AuditWitness {
  let handle: FileHandle | null = null;
  // A line cut short (a crash or a failed write) must not swallow the next one.
  let startNewLine = false;

  async function openForAppend(): Promise<FileHandle> {
    if (handle !== null) return handle;
    await mkdir(dirname(path), { recursive: true });
    const opened = await open(path, 'a+', 0o640);
    const { size } = await opened.stat();
    if (size > 0) {
      const last = Buffer.alloc(1);
      await opened.read(last, 0, 1, size - 1);
      startNewLine = last[0] !== 0x0a;
    }
    handle = opened;
    return opened;
  }

  return {
    name: `file:${path}`,
    async append(checkpoint, jws) {
      try {
        const file = await openForAppend();
        await file.write(`${startNewLine ? '\n' : ''}${JSON.stringify({ checkpoint, jws })}\n`);
        await file.datasync();
        startNewLine = false;
      } catch (error) {
        startNewLine = true;
        await handle?.close().catch(() => undefined);
        handle = null;
        throw error;
      }
    },
    read: () => readLines(path),
    async close() {
      await handle?.close();
      handle = null;
    },
  };
}

async function* readLines(path: string): AsyncGenerator<WitnessEntry | UnreadableWitnessEntry> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number += 1;
    if (line.trim() === '') continue;
    yield parseLine(line, `line ${number}`);
  }
}

function parseLine(line: string, where: string): WitnessEntry | UnreadableWitnessEntry {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { where, unreadable: 'not JSON (an append cut short?)' };
  }
  const { jws, checkpoint } = (typeof value === 'object' && value !== null ? value : {}) as {
    jws?: unknown;
    checkpoint?: unknown;
  };
  if (typeof jws !== 'string') return { where, unreadable: 'no jws' };
  const copy = typeof checkpoint === 'object' && checkpoint !== null ? checkpoint : {};
  return { where, jws, copy: copy as Record<string, unknown> };
}
