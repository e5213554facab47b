/** What the command-line entry points share: a typed failure with its exit code, and how a run ends. */

/** A failure the user caused (bad arguments, missing or invalid file): message to stderr, this exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/**
 * Run a command: its result message goes to stdout, a CliError's message to stderr with its exit code, anything
 * else to stderr as `failure` with exit code 1.
 */
export function runCli(run: () => Promise<string>, failure: string): void {
  run().then(
    (message) => {
      if (message) process.stdout.write(message + '\n');
    },
    (err: unknown) => {
      if (err instanceof CliError) {
        process.stderr.write(err.message + '\n');
        process.exitCode = err.exitCode;
      } else {
        process.stderr.write(`${failure}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
        process.exitCode = 1;
      }
    },
  );
}
