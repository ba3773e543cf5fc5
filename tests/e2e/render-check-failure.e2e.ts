import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const folder = mkdtempSync(join(tmpdir(), 'giapranh-render-check-'));
// A run that outlives a failed test must not keep its browser (the old code waited --timeout).
const children = new Set<ChildProcess>();
afterAll(() => {
  for (const child of children) child.kill();
  rmSync(folder, { recursive: true, force: true });
});

/** Runs `giapranh render` as a report writer would; resolves with its exit and its output. */
function render(args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, ['bin/giapranh.js', 'render', ...args], {
      cwd: ROOT,
      env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '' },
    });
    children.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => {
      children.delete(child);
      done({ code, stdout, stderr });
    });
  });
}

/** A copy of the production build whose checks worker is replaced by `source`. */
function buildWithChecksWorker(name: string, source: string): string {
  const dist = join(folder, name);
  cpSync(join(ROOT, 'dist'), dist, { recursive: true });
  const assets = join(dist, 'assets');
  const worker = readdirSync(assets).find((file) => /^checks\.worker-.*\.js$/.test(file));
  if (!worker) throw new Error('no checks worker in dist/assets: build the app first');
  writeFileSync(join(assets, worker), source);
  return dist;
}

const STATE = '?check=preset-zones-rr5-500m#map=10.4/21.27/105.66';

describe('giapranh render with a check that fails', () => {
  it('stops at once with one line naming the check and why, not after --timeout', async () => {
    // A worker that answers every run with an error, as a check that fails does.
    const dist = buildWithChecksWorker(
      'dist-error',
      `self.onmessage = (event) => {
        if (event.data.type === 'run')
          self.postMessage({ type: 'error', jobId: event.data.jobId, message: 'out of memory in the overlap' });
      };`,
    );
    // A timeout longer than this test's own: waiting for it would fail the test.
    const run = await render([
      ...['--state', STATE],
      ...['--out', join(folder, 'x.png'), '--dist', dist, '--timeout', '3000'],
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(
      /^giapranh render: --state: the check the state names failed: .+: out of memory in the overlap\n$/,
    );
  }, 300_000);

  it('stops at once too when the checks worker cannot even start', async () => {
    const dist = buildWithChecksWorker('dist-broken', "throw new Error('broken worker');");
    const run = await render([
      ...['--state', STATE],
      ...['--out', join(folder, 'y.png'), '--dist', dist, '--timeout', '3000'],
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/the check the state names failed: .+: .*broken worker/);
  }, 300_000);
});
