import packageJson from '../../package.json' with { type: 'json' };
import { HELP, parseTopLevel } from './args.ts';
import { EXIT } from './exit-codes.ts';
import { exitForOutputError, OutputError, toOutputError } from './io/output.ts';

/** The `giapranh` entry point: returns the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  guardStdout();
  try {
    return await run(argv);
  } catch (error) {
    if (error instanceof OutputError) return exitForOutputError(error, 'giapranh');
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(
      `giapranh: internal error (a bug of ours, please report it):\n${detail}\n`,
    );
    return EXIT.internal;
  }
}

async function run(argv: readonly string[]): Promise<number> {
  if (argv[0] === 'apply') return (await import('./commands/apply.ts')).runApply(argv.slice(1));
  if (argv[0] === 'convert')
    return (await import('./commands/convert.ts')).runConvert(argv.slice(1));
  if (argv[0] === 'render') return (await import('./commands/render.ts')).runRender(argv.slice(1));
  if (argv[0] === 'snapshot')
    return (await import('./commands/snapshot.ts')).runSnapshot(argv.slice(1));
  const parsed = parseTopLevel(argv);
  if (parsed.kind === 'help') {
    process.stdout.write(HELP);
    return EXIT.ok;
  }
  if (parsed.kind === 'version') {
    process.stdout.write(`giapranh ${packageJson.version}\n`);
    return EXIT.ok;
  }
  if (parsed.kind === 'error') {
    process.stderr.write(`giapranh: ${parsed.message}\n\n${HELP}`);
    return EXIT.usage;
  }
  if (parsed.command === 'validate') {
    const { runValidate } = await import('./commands/validate.ts');
    return runValidate(parsed.rest);
  }
  const { runAnalyze } = await import('./commands/analyze.ts');
  return runAnalyze(parsed.rest);
}

/**
 * Without a listener, a write error on stdout is an uncaught exception: a stack trace and exit 1
 * (read as "invalid"). A reader that stops early (`| head -1`) is normal and ends quietly with 0;
 * any other write error (a full disk) is an I/O error, exit 2. Commands that write through
 * `Output` see the same error as a rejected write; this catches plain `process.stdout.write`.
 */
function guardStdout(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    process.exit(exitForOutputError(toOutputError(error), 'giapranh'));
  });
}
