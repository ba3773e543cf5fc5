import { describe, expect, it } from 'vitest';
import { formatTextReport, toJsonReport } from '../../src/core/validate/report.ts';
import { validateObject, validateText } from '../../src/core/validate/validate.ts';

const duplicates = {
  type: 'FeatureCollection',
  features: Array.from({ length: 12 }, () => ({
    type: 'Feature',
    id: 'same',
    properties: {},
    geometry: { type: 'Point', coordinates: [105.6, 21.3] },
  })),
};

describe('formatTextReport', () => {
  it('prints a summary per file, one line per finding, and how many were left out', () => {
    const result = validateObject(duplicates, { fileName: 'dups.geojson', maxFindings: 3 });
    const text = formatTextReport([result], []);
    expect(text.split('\n')).toEqual([
      '✗ dups.geojson: 11 errors, 12 features',
      '  dups.geojson: error: features[1].id (feature 1, id "same"): the id "same" is already used by features[0] in this file [duplicate-id]',
      '  dups.geojson: error: features[2].id (feature 2, id "same"): the id "same" is already used by features[0] in this file [duplicate-id]',
      '  dups.geojson: error: features[3].id (feature 3, id "same"): the id "same" is already used by features[0] in this file [duplicate-id]',
      '  … 8 more not shown (only the first 3 findings of a file are)',
      'Checked 1 file: 1 invalid.',
      '',
    ]);
  });

  it('puts line and column of a syntax error where editors look for them', () => {
    const result = validateText('{\n  "a": 1,\n}', { fileName: 'broken.json' });
    expect(formatTextReport([result], [])).toContain(
      '  broken.json:3:1: error: the file is not valid JSON',
    );
  });

  it('lists unreadable files and counts them', () => {
    const text = formatTextReport(
      [],
      [{ file: 'gone.geojson', message: 'no such file or directory' }],
    );
    expect(text).toBe(
      '✗ gone.geojson: cannot read: no such file or directory\nChecked 1 file: 1 unreadable.\n',
    );
  });
});

describe('toJsonReport', () => {
  it('carries every kept finding and the counts, but not the id index', () => {
    const result = validateObject(duplicates, { fileName: 'dups.geojson', maxFindings: 3 });
    const report = toJsonReport([result], []);
    expect(report.ok).toBe(false);
    expect(report.files[0]).toMatchObject({ errorCount: 11, omittedCount: 8 });
    expect(report.files[0]!.findings).toHaveLength(3);
    expect(report.files[0]).not.toHaveProperty('ids');
  });
});
