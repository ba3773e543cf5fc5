import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ValidationResult } from '../../src/core/validate/types.ts';
import { validateText } from '../../src/core/validate/validate.ts';

/**
 * The conformance suite: one small fixture per rule of RFC 7946 and the OGC Simple Features
 * polygon assertions, valid and invalid, each with its verdict and finding code in
 * `manifest.json` (written from the texts of the rules, not from what the validator does).
 */
const DIRECTORY = join(import.meta.dirname, '..', 'fixtures', 'conformance');

interface Expectation {
  file: string;
  rule: string;
  verdict: 'valid' | 'warning' | 'invalid';
  code: string | null;
}

const { fixtures } = JSON.parse(readFileSync(join(DIRECTORY, 'manifest.json'), 'utf8')) as {
  fixtures: Expectation[];
};

function validateFixture(file: string): ValidationResult {
  return validateText(readFileSync(join(DIRECTORY, file), 'utf8'), { fileName: file, layer: null });
}

describe('conformance fixtures', () => {
  it.each(fixtures.map((fixture) => [fixture.file, fixture] as const))('%s', (_, fixture) => {
    const result = validateFixture(fixture.file);
    const summary = JSON.stringify(result.findings, null, 1);
    if (fixture.verdict === 'valid') {
      expect(result.findings, summary).toEqual([]);
      return;
    }
    expect(result.ok, summary).toBe(fixture.verdict === 'warning');
    const severity = fixture.verdict === 'warning' ? 'warning' : 'error';
    const matching = result.findings.filter(
      (finding) => finding.code === fixture.code && finding.severity === severity,
    );
    expect(matching.length, summary).toBeGreaterThan(0);
  });

  it.each(
    fixtures.filter((fixture) => fixture.verdict !== 'valid').map((fixture) => [fixture.file]),
  )('%s: every finding has a line and column', (file) => {
    const result = validateFixture(file);
    for (const finding of result.findings) {
      expect(finding.line, JSON.stringify(finding)).toBeGreaterThan(0);
      expect(finding.column, JSON.stringify(finding)).toBeGreaterThan(0);
    }
  });

  it.each(
    fixtures
      .filter((fixture) => fixture.verdict !== 'valid' && fixture.rule.startsWith('RFC 7946 §'))
      .map((fixture) => [fixture.file, fixture] as const),
  )('%s: the finding names its RFC 7946 section', (_, fixture) => {
    const section = /^RFC 7946 §[\d.]+/.exec(fixture.rule)![0];
    const finding = validateFixture(fixture.file).findings.find((f) => f.code === fixture.code);
    expect(finding?.rule).toBe(section);
    expect(finding?.message).toContain(`(${section})`);
  });
});
