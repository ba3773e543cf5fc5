import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localeLang, runValidate } from '../../src/cli/commands/validate.ts';
import type { JsonReport } from '../../src/core/validate/report.ts';
import type { ValidateOptions } from '../../src/core/validate/types.ts';

// Stubbed collaborators: the validator and the cross-file id check (to make them throw like a bug
// would), and readdir (to make a directory unlistable, which permissions cannot do for root).
const calls: ValidateOptions[] = [];
vi.mock('../../src/core/validate/validate-bytes.ts', async (importOriginal) => {
  const original =
    await importOriginal<typeof import('../../src/core/validate/validate-bytes.ts')>();
  return {
    validateBytes: (bytes: Uint8Array, options: ValidateOptions) => {
      calls.push(options);
      if (options.fileName.endsWith('crash.geojson')) throw new TypeError('a bug of ours');
      return original.validateBytes(bytes, options);
    },
  };
});
let crossFileThrows = false;
vi.mock('../../src/core/validate/cross-file-ids.ts', async (importOriginal) => {
  const original =
    await importOriginal<typeof import('../../src/core/validate/cross-file-ids.ts')>();
  class ThrowingCrossFileIds extends original.CrossFileIds {
    override add(...args: Parameters<InstanceType<typeof original.CrossFileIds>['add']>) {
      if (crossFileThrows) throw new RangeError('a bug at the end of a file');
      return super.add(...args);
    }
  }
  return { ...original, CrossFileIds: ThrowingCrossFileIds };
});
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...original,
    readdir: (path: string, options: { withFileTypes: true }) => {
      if (String(path).endsWith('locked')) {
        return Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' }));
      }
      return original.readdir(path, options);
    },
  };
});

const VALID = resolve(import.meta.dirname, '..', 'fixtures/validate/valid.geojson');

describe('runValidate', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'giapranh-validate-run-'));
  const crash = join(scratch, 'crash.geojson');
  const valid = join(scratch, 'valid.geojson');
  copyFileSync(VALID, crash);
  copyFileSync(VALID, valid);
  let stdout = '';

  beforeEach(() => {
    stdout = '';
    calls.length = 0;
    vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string, done?: () => void) => {
      stdout += chunk;
      done?.();
      return true;
    }) as typeof process.stdout.write);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('reports an internal error as such, naming the file, exit 3, and checks the other files', async () => {
    const code = await runValidate([crash, valid], {});
    expect(stdout).toContain(`${crash}: error: internal error in giapranh`);
    expect(stdout).toContain('TypeError: a bug of ours [internal-error]');
    expect(stdout).toContain(`✓ ${valid}: valid, 4 features`);
    expect(stdout).toContain('Checked 2 files: 1 internal error.');
    expect(code).toBe(3);
  });

  it('still prints a valid JSON report after an internal error', async () => {
    const code = await runValidate(['--format', 'json', crash, valid], {});
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.ok).toBe(false);
    expect(report.files.map((file) => [file.file, file.ok])).toEqual([
      [crash, false],
      [valid, true],
    ]);
    expect(report.files[0]!.findings[0]!.code).toBe('internal-error');
    expect(code).toBe(3);
  });

  it('prints a valid JSON report even when the cross-file check fails', async () => {
    crossFileThrows = true;
    const code = await runValidate(['--format', 'json', valid], {}).finally(() => {
      crossFileThrows = false;
    });
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.ok).toBe(false);
    expect(report.files[0]!.findings[0]!.message).toContain(
      'RangeError: a bug at the end of a file',
    );
    expect(code).toBe(3);
  });

  it('names an unreadable subdirectory and still checks the readable files beside it', async () => {
    const tree = join(scratch, 'tree');
    mkdirSync(join(tree, 'locked'), { recursive: true });
    copyFileSync(VALID, join(tree, 'a.geojson'));
    copyFileSync(VALID, join(tree, 'locked', 'hidden.geojson'));
    mkdirSync(join(tree, 'open'));
    copyFileSync(VALID, join(tree, 'open', 'z.geojson'));
    const code = await runValidate([tree], {});
    expect(stdout).toContain(
      `✗ ${join(tree, 'locked')}: cannot read: cannot list: permission denied`,
    );
    expect(stdout).toContain(`✓ ${join(tree, 'a.geojson')}: valid`);
    expect(stdout).toContain(`✓ ${join(tree, 'open', 'z.geojson')}: valid`);
    expect(code).toBe(2);
  });

  it('passes --region and --lang to the validator, the language defaulting to the locale', async () => {
    await runValidate(['--region', 'none', '--lang=vi', valid], {});
    await runValidate([valid], { LANG: 'vi_VN.UTF-8' });
    await runValidate([valid], { LC_ALL: 'en_US.UTF-8', LANG: 'vi_VN.UTF-8' });
    expect(calls.map(({ region, lang }) => ({ region, lang }))).toEqual([
      { region: 'none', lang: 'vi' },
      { region: 'giap-ranh', lang: 'vi' },
      { region: 'giap-ranh', lang: 'en' },
    ]);
    expect(localeLang({ LC_MESSAGES: 'vi_VN' })).toBe('vi');
    expect(localeLang({})).toBe('en');
  });

  it('refuses a bad --region or --lang with the usage', async () => {
    vi.mocked(process.stderr.write).mockClear();
    expect(await runValidate(['--region', 'hanoi', valid], {})).toBe(2);
    expect(await runValidate(['--lang', 'fr', valid], {})).toBe(2);
    const errors = vi.mocked(process.stderr.write).mock.calls.map((call) => String(call[0]));
    expect(errors.join('')).toContain('--region must be giap-ranh or none, not hanoi');
    expect(errors.join('')).toContain('--lang must be vi or en, not fr');
  });
});
