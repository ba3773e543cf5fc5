import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BY_FEATURE_ENV, runValidate } from '../../src/cli/commands/validate.ts';

// The collaborator behind the switch, wrapped to see which files take the feature path.
const byFeature: string[] = [];
vi.mock('../../src/core/validate/validate-by-feature.ts', async (importOriginal) => {
  const original =
    await importOriginal<typeof import('../../src/core/validate/validate-by-feature.ts')>();
  return {
    validateByFeature: (...args: Parameters<typeof original.validateByFeature>) => {
      byFeature.push(args[1].fileName);
      return original.validateByFeature(...args);
    },
  };
});

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'giapranh.js');
const TARGETS = ['tests/fixtures/validate', 'tests/fixtures/conformance'];

/** The real command, with the threshold set (or not) in its environment. */
function giapranh(args: string[], threshold: string | undefined) {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'en_US.UTF-8' };
  delete env[BY_FEATURE_ENV];
  if (threshold !== undefined) env[BY_FEATURE_ENV] = threshold;
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe(`${BY_FEATURE_ENV}`, () => {
  let stderr = '';
  beforeEach(() => {
    byFeature.length = 0;
    stderr = '';
    vi.spyOn(process.stdout, 'write').mockImplementation(((_chunk: string, done?: () => void) => {
      done?.();
      return true;
    }) as typeof process.stdout.write);
    vi.spyOn(process.stderr, 'write').mockImplementation(((chunk: string) => {
      stderr += chunk;
      return true;
    }) as typeof process.stderr.write);
  });
  afterEach(() => vi.restoreAllMocks());

  it('sends files of at least that many bytes feature by feature, small files not by default', async () => {
    const valid = 'tests/fixtures/validate/valid.geojson';
    await runValidate([valid], {});
    expect(byFeature).toEqual([]);
    await runValidate([valid], { [BY_FEATURE_ENV]: '0' });
    expect(byFeature).toEqual([valid]);
    await runValidate([valid], { [BY_FEATURE_ENV]: '1000000' });
    expect(byFeature).toEqual([valid]);
  });

  it('refuses a value that is no number of bytes', async () => {
    expect(await runValidate(['tests/fixtures/validate'], { [BY_FEATURE_ENV]: '64MB' })).toBe(2);
    expect(stderr).toContain(`${BY_FEATURE_ENV} must be a number of bytes, not 64MB`);
  });

  it('prints the same report either way, as text and as JSON, in both languages', () => {
    for (const format of ['text', 'json']) {
      for (const lang of ['en', 'vi']) {
        const args = ['validate', ...TARGETS, '--format', format, '--lang', lang];
        const whole = giapranh(args, undefined);
        const feature = giapranh(args, '0');
        expect(feature.stdout).toEqual(whole.stdout);
        expect(feature.code).toBe(whole.code);
        expect(whole.stdout).toContain('invalid-hole-crossing-shell.geojson');
      }
    }
  });
});
