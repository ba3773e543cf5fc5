import { HELP, parseTopLevel } from './args.ts';
import { EXIT } from './exit-codes.ts';

/** The `giapranh` entry point: returns the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === 'apply') return (await import('./commands/apply.ts')).runApply(argv.slice(1));
  if (argv[0] === 'convert')
    return (await import('./commands/convert.ts')).runConvert(argv.slice(1));
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
