import { readFile } from 'node:fs/promises';
import { assembleReport } from '../assembleReport.ts';
import { checkCandidateConformance } from '../checkCandidateConformance.ts';
import { createRegistryClient } from '../createRegistryClient.ts';
import { formatReport } from '../formatReport.ts';
import { loadConformanceInputs } from '../loadConformanceInputs.ts';
import type { PublishResponse } from '../registryApi.ts';
import type { CliOutput } from './CliOutput.ts';
import type { CliCommand } from './parseCliArguments.ts';
import { printRefusal } from './printRefusal.ts';
import { readToken } from './readToken.ts';

/**
 * `dost-schema publish`: conformance runs here on the agency's code first; when it fails the
 * registry's checks are fetched to report everything together and nothing is sent to publish
 * (unless forced). Then the registry composes, checks and records, as the token's subject.
 */
export async function runPublish(command: CliCommand, io: CliOutput): Promise<number> {
  const { name, allowBreaking, force, json } = command;
  const sdl = await readFile(command.sdlFile, 'utf8');
  const inputs = await loadConformanceInputs(command);
  const client = createRegistryClient({
    registry: command.registry ?? '',
    token: await readToken(command.tokenFile),
  });
  const subgraphs = await client.subgraphs();
  if (!subgraphs.ok) return printRefusal(io, subgraphs.error, json);
  const published = subgraphs.value.subgraphs;
  const conformance = checkCandidateConformance({ name, sdl, published, ...inputs });

  if (conformance.status === 'fail' && !force) {
    const checked = await client.check({ name, sdl, allowBreaking });
    if (!checked.ok) return printRefusal(io, checked.error, json);
    const report = assembleReport({ name, published: checked.value.checks, conformance });
    return printRefusal(
      io,
      {
        code: 'CHECK_FAILED',
        message: 'Conformance failed here, so nothing was sent to publish (--force sends it).',
        details: [],
        report,
      },
      json,
    );
  }
  const outcome = await client.publish({
    name,
    url: command.url ?? '',
    sdl,
    force,
    allowBreaking,
    conformance,
  });
  if (!outcome.ok) return printRefusal(io, outcome.error, json);
  if (json) io.out(`${JSON.stringify({ ok: true, ...outcome.value }, null, 2)}\n`);
  else io.out(describe(name, outcome.value));
  return 0;
}

function describe(name: string, published: PublishResponse): string {
  const { version, recorded, forced, publishedBy, report } = published;
  if (!recorded)
    return `${name} is already published exactly so, in supergraph version ${version}.\n`;
  const how =
    forced && report !== null
      ? report.ok
        ? ' (forced; the checks passed)'
        : ' (FORCED past failed checks)'
      : '';
  return [
    ...(report === null ? [] : [formatReport(report)]),
    `Published ${name} as supergraph version ${version}${how}, by ${publishedBy}.`,
    'Gateways following the registry serve it at their next poll.',
    '',
  ].join('\n');
}
