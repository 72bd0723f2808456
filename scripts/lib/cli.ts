// Shared by the command-line tools: one clear line on expected failures, no stack trace.
import { DatabaseSetupError } from '../../db/setup';

export class UsageError extends Error {}

export function fail(message: string): never {
  process.stderr.write(`\x1b[31mError:\x1b[0m ${message}\n`);
  process.exit(1);
}

/** Runs main(); known errors print one line and exit 1, unknown ones keep their stack for debugging. */
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof DatabaseSetupError || error instanceof UsageError) fail(error.message);
      if (error instanceof Error && 'userMessage' in error && typeof error.userMessage === 'string') fail(error.userMessage);
      console.error(error);
      process.exit(1);
    },
  );
}

/** --name value / --name=value */
export function parseArgs(argv: string[]): Record<string, string | true> {
  const result: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new UsageError(`Unexpected argument "${arg}".`);
    const eq = arg.indexOf('=');
    if (eq > 0) result[arg.slice(2, eq)] = arg.slice(eq + 1);
    else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) result[arg.slice(2)] = argv[++i]!;
    else result[arg.slice(2)] = true;
  }
  return result;
}
