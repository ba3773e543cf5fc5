import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_SOURCES } from '../../src/core/about/dataSources.ts';
import { BASEMAP_CREDITS } from '../../src/core/basemap/credits.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const LICENSE = readFileSync(join(ROOT, 'data/LICENSE.md'), 'utf8');

function filesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/** Whether a source's file pattern names a path (`*` for any file name). */
const names = (pattern: string, path: string) =>
  new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace('*', '[^/]+')}$`).test(path);

describe('the data licences (data/LICENSE.md and the "About the data" dialog)', () => {
  it('give a source and a licence for every bundled data file', () => {
    // A frozen-embed snapshot (data/snapshots/<hash>/) is a copy of bundled layer files: their
    // sources and licences are those of the files it froze.
    const bundled = filesUnder('data')
      .filter((path) => path !== 'data/LICENSE.md' && !path.endsWith('README.md'))
      .filter((path) => !/^data\/snapshots\/[^/]+\/manifest\.json$/.test(path))
      .map((path) => path.replace(/^data\/snapshots\/[^/]+\//, 'data/geojson/'));
    const patterns = DATA_SOURCES.flatMap((source) =>
      source.files.map((file) => file.split('#')[0]!),
    );
    const unexplained = bundled.filter((path) => !patterns.some((pattern) => names(pattern, path)));
    expect(unexplained, 'files with no source in dataSources.ts').toEqual([]);
    const unlisted = bundled.filter(
      (path) => !LICENSE.includes(path.replace(/^.*\/geojson\/.*$/, 'data/geojson/*.geojson')),
    );
    expect(unlisted, 'files not named in data/LICENSE.md').toEqual([]);
  });

  it('say the same in LICENSE.md and in the dialog: ODbL, no open licence, public domain', () => {
    const english = DATA_SOURCES.map((source) => source.licence.en)
      .join('\n')
      .toLowerCase();
    for (const phrase of ['odbl 1.0', 'no open licence', 'cc by-sa 4.0', 'public domain']) {
      expect(english, phrase).toContain(phrase);
      expect(LICENSE.toLowerCase(), phrase).toContain(phrase);
    }
    expect(LICENSE).toContain('© OpenStreetMap contributors');
    for (const source of DATA_SOURCES) expect(LICENSE, source.id).toContain(source.title.en);
  });

  it('credit each source on the map as its licence asks', () => {
    const credits = BASEMAP_CREDITS.join(' · ');
    expect(credits).toContain('© OpenStreetMap contributors');
    expect(credits).toContain('sapnhap.bando.com.vn');
    expect(credits).toContain('SRTM (NASA/USGS)');
    expect(credits).toContain('LegoCity');
    expect(LICENSE.replace(/\s+/g, ' ')).toContain(credits);
  });
});
