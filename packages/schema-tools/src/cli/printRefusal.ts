import { formatReport } from '../formatReport.ts';
import type { RegistryApiError } from '../registryApi.ts';
import type { CliOutput } from './CliOutput.ts';

/**
 * Prints a registry refusal readably (the report when checks ran, then the code and details)
 * and returns the exit status for it, 1.
 */
export function printRefusal(io: CliOutput, error: RegistryApiError, json: boolean): 1 {
  if (json) {
    io.out(`${JSON.stringify({ ok: false, error }, null, 2)}\n`);
    return 1;
  }
  if (error.report !== undefined) io.out(formatReport(error.report));
  io.err(`dost-schema: ${error.code}: ${error.message}\n`);
  for (const detail of error.details) io.err(`  - ${detail}\n`);
  return 1;
}
