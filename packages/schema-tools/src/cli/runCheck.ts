import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { assembleReport } from '../assembleReport.ts';
import { checkCandidateConformance } from '../checkCandidateConformance.ts';
import { checkSubgraph } from '../checkSubgraph.ts';
import { createRegistryClient } from '../createRegistryClient.ts';
import { formatReport } from '../formatReport.ts';
import { loadConformanceInputs } from '../loadConformanceInputs.ts';
import { loadOperations } from '../loadOperations.ts';
import { loadPublishedSubgraphs } from '../loadPublishedSubgraphs.ts';
import type { SchemaCheckReport } from '../SchemaCheckReport.ts';
import type { CliOutput } from './CliOutput.ts';
import type { CliCommand } from './parseCliArguments.ts';
import { printRefusal } from './printRefusal.ts';
import { readToken } from './readToken.ts';

/** `dost-schema check`: the report, and 0 when it passed, 1 when not or refused. */
export async function runCheck(command: CliCommand, io: CliOutput): Promise<number> {
  const sdl = await readFile(command.sdlFile, 'utf8');
  const inputs = await loadConformanceInputs(command);
  let report: SchemaCheckReport;
  if (command.published !== undefined) {
    report = await checkSubgraph({
      name: command.name,
      sdl,
      published: await loadPublishedSubgraphs({
        schemaDir: pathToFileURL(`${resolve(command.published)}/`),
      }),
      ...(command.operations === undefined
        ? {}
        : { operations: await loadOperations(command.operations) }),
      ...inputs,
      allowBreaking: command.allowBreaking,
    });
  } else {
    const client = createRegistryClient({
      registry: command.registry ?? '',
      token: await readToken(command.tokenFile),
    });
    const subgraphs = await client.subgraphs();
    if (!subgraphs.ok) return printRefusal(io, subgraphs.error, command.json);
    const { name, allowBreaking } = command;
    const conformance = checkCandidateConformance({
      name,
      sdl,
      published: subgraphs.value.subgraphs,
      ...inputs,
    });
    const checked = await client.check({ name, sdl, allowBreaking });
    if (!checked.ok) return printRefusal(io, checked.error, command.json);
    report = assembleReport({ name, published: checked.value.checks, conformance });
  }
  io.out(command.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  return report.ok ? 0 : 1;
}
