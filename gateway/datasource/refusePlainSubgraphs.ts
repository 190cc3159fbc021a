/**
 * Throws when a subgraph would be called over plain http://: its personal data and the
 * gateway's signed identity would cross the network readable and forgeable by anyone on it.
 */
export function refusePlainSubgraphs(endpoints: Readonly<Record<string, string>>): void {
  const plain = Object.entries(endpoints).filter(([, url]) => !url.startsWith('https://'));
  if (plain.length === 0) return;
  const list = plain.map(([name, url]) => `${name} (${url})`).join(', ');
  throw new Error(
    `Subgraphs without TLS: ${list}. Give them https:// URLs, or set ` +
      'DOST_ALLOW_PLAIN_SUBGRAPHS=true to allow plain HTTP in production.',
  );
}
