import { readFile } from 'node:fs/promises';

/**
 * The publisher token: the `--token-file`'s content, else `DOST_REGISTRY_TOKEN`, as CI
 * secrets are usually handed over. Throws when there is none.
 */
export async function readToken(tokenFile: string | undefined): Promise<string> {
  if (tokenFile !== undefined) return (await readFile(tokenFile, 'utf8')).trim();
  // Relaxed: the CLI runs in an agency's CI without @dost/platform, whose env.ts reads the
  // environment everywhere else; this one variable is all it takes from there.
  // eslint-disable-next-line no-restricted-properties
  const token = process.env['DOST_REGISTRY_TOKEN']?.trim();
  if (token === undefined || token === '') {
    throw new Error('no publisher token: pass --token-file <file> or set DOST_REGISTRY_TOKEN');
  }
  return token;
}
