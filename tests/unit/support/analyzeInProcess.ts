import { vi } from 'vitest';
import { runAnalyze } from '../../../src/cli/commands/analyze.ts';

/** Runs `giapranh analyze` in this process, catching what it writes and its exit code. */
export async function analyzeInProcess(
  argv: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const catcher =
    (sink: (text: string) => void) =>
    (chunk: unknown, encoding?: unknown, done?: unknown): boolean => {
      sink(String(chunk));
      const callback = typeof encoding === 'function' ? encoding : done;
      if (typeof callback === 'function') callback();
      return true;
    };
  vi.spyOn(process.stdout, 'write').mockImplementation(catcher((text) => (stdout += text)));
  vi.spyOn(process.stderr, 'write').mockImplementation(catcher((text) => (stderr += text)));
  try {
    const code = await runAnalyze(argv);
    return { code, stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}
