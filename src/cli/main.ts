import { HELP, parseTopLevel } from './args.ts';

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** The `giapranh` entry point: returns the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseTopLevel(argv);
  if (parsed.kind === 'help') {
    process.stdout.write(HELP);
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
