import { TERMINAL, type CliOutput } from './CliOutput.ts';
import { parseCliArguments } from './parseCliArguments.ts';
import { runCheck } from './runCheck.ts';
import { runPublish } from './runPublish.ts';
import { USAGE } from './usage.ts';

/**
 * `dost-schema <check|publish> …`; resolves to the exit status: 0 passed or published, 1 a
 * check failed or the registry refused, 2 a wrong command line, an unreadable file or an
 * unreachable registry.
 */
export async function main(args: readonly string[], io: CliOutput = TERMINAL): Promise<number> {
  const parsed = parseCliArguments(args);
  if (parsed.kind === 'help') {
    io.out(`${USAGE}\n`);
    return 0;
  }
  if (parsed.kind === 'bad') {
    io.err(`dost-schema: ${parsed.problem}\n\n${USAGE}\n`);
    return 2;
  }
  try {
    return parsed.run.command === 'check'
      ? await runCheck(parsed.run, io)
      : await runPublish(parsed.run, io);
  } catch (error) {
    // Unreadable files, a bad rules module, no token, no registry: the command was wrong.
    const cause =
      error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
    io.err(`dost-schema: ${error instanceof Error ? error.message : String(error)}${cause}\n`);
    return 2;
  }
}
