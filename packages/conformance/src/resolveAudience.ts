/**
 * The subgraph name the gateway signs calls to `url` for: `given` (--name), else the name
 * whose configured URL (the list of subgraphs, DOST_<NAME>_URL) is the same endpoint.
 */
export function resolveAudience(
  url: string,
  given: string | undefined,
  configured: Readonly<Record<string, string>>,
): string {
  if (given !== undefined) return given;
  const endpoint = (u: string) => {
    const parsed = new URL(u);
    const host = parsed.hostname === 'localhost' ? '127.0.0.1' : parsed.hostname;
    return `${host}:${parsed.port}${parsed.pathname}`;
  };
  const match = Object.entries(configured).find(([, other]) => endpoint(other) === endpoint(url));
  if (match === undefined) {
    throw new Error(`${url} is none of the configured subgraphs: give its name with --name.`);
  }
  return match[0];
}
