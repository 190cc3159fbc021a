/** Where the CLI writes: the terminal, or a test's buffers. */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

/** The process's stdout and stderr. */
export const TERMINAL: CliOutput = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};
