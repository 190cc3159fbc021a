import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';

/**
 * Creates `path` with `content` unless it exists; returns false when another process got
 * there first. The content is written to a private temporary file and hard-linked into place,
 * so a concurrent reader sees either no file or the whole of it, never a half-written key
 * (a plain `wx` write leaves a moment where the file exists but is empty).
 */
export function writeFileOnce(path: string, content: string, mode: number): boolean {
  const temporary = writeTemporary(path, content, mode);
  try {
    linkSync(temporary, path);
    return true;
  } catch (error) {
    if ((error as { code?: unknown }).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(temporary);
  }
}

/** Replaces `path` atomically (rename), for a certificate that is due to be reissued. */
export function replaceFile(path: string, content: string, mode: number): void {
  renameSync(writeTemporary(path, content, mode), path);
}

function writeTemporary(path: string, content: string, mode: number): string {
  const temporary = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temporary, content, { flag: 'wx', mode });
  // Exactly `mode`, whatever the process's umask.
  chmodSync(temporary, mode);
  return temporary;
}
