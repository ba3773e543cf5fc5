import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { getIssues } from '@placemarkio/check-geojson';
import { validateText } from '../src/core/validate/validate.ts';

/**
 * Runs the conformance fixtures through `giapranh validate` and the other validators installed
 * (@placemarkio/check-geojson, geojson-validation) and prints which catch each rule, for the
 * README's comparison table. `npx tsx scripts/compare-validators.ts`
 */
const DIRECTORY = resolve(import.meta.dirname, '..', 'tests', 'fixtures', 'conformance');
const gjv = createRequire(import.meta.url)('geojson-validation') as { valid(v: unknown): boolean };

interface Expectation {
  file: string;
  rule: string;
  verdict: 'valid' | 'warning' | 'invalid';
  code: string | null;
}

/** `✓` right verdict, `✗` wrong one, `crash` threw, `n/a` cannot take the input. */
type Mark = '✓' | '✗' | 'crash' | 'n/a';

function mark(expectedInvalid: boolean, run: () => boolean): Mark {
  try {
    return run() === expectedInvalid ? '✓' : '✗';
  } catch {
    return 'crash';
  }
}

const { fixtures } = JSON.parse(readFileSync(join(DIRECTORY, 'manifest.json'), 'utf8')) as {
  fixtures: Expectation[];
};
const totals = { ours: 0, placemark: 0, gjv: 0 };
console.log('| fixture | expected | giapranh | check-geojson | geojson-validation |');
console.log('|---|---|---|---|---|');
for (const fixture of fixtures) {
  const text = readFileSync(join(DIRECTORY, fixture.file), 'utf8');
  // A warning is a valid file: the other tools are right to accept it.
  const invalid = fixture.verdict === 'invalid';
  const ours = mark(invalid, () => !validateText(text, { fileName: fixture.file, layer: null }).ok);
  const placemark = mark(invalid, () => getIssues(text).some((i) => i.severity === 'error'));
  // geojson-validation takes parsed objects: a text JSON.parse refuses is not its to judge.
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    parsed = undefined;
  }
  const other = parsed === undefined ? 'n/a' : mark(invalid, () => !gjv.valid(parsed));
  if (ours === '✓') totals.ours += 1;
  if (placemark === '✓') totals.placemark += 1;
  if (other === '✓') totals.gjv += 1;
  const name = fixture.file.replace(/\.geojson$/, '');
  console.log(`| ${name} | ${fixture.verdict} | ${ours} | ${placemark} | ${other} |`);
}
console.log(
  `\nRight verdicts out of ${fixtures.length}: giapranh ${totals.ours}, check-geojson ${totals.placemark}, geojson-validation ${totals.gjv}`,
);
