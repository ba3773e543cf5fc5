import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSnapshot } from '../../src/cli/commands/snapshot.ts';
import { isSnapshotHash, parseSnapshotManifest } from '../../src/core/snapshot/manifest.ts';

function dataDir(zones: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'giapranh-snapshot-'));
  writeFileSync(join(dir, 'industrial-zones.geojson'), zones);
  writeFileSync(join(dir, 'boundaries.geojson'), '{"type":"FeatureCollection","features":[]}');
  return dir;
}

const options = (data: string, out: string, date: string) => ({
  layerIds: ['industrial-zones', 'boundaries'],
  dataDir: data,
  outDir: out,
  date,
});

describe('giapranh snapshot', () => {
  it('names a snapshot by its content: same files, same folder, whatever the day', () => {
    const out = mkdtempSync(join(tmpdir(), 'giapranh-snapshots-'));
    const data = dataDir('{"type":"FeatureCollection","features":[]}');
    const first = writeSnapshot(options(data, out, '2026-01-01'));
    const again = writeSnapshot(options(data, out, '2026-06-30'));
    expect(isSnapshotHash(first.hash)).toBe(true);
    expect(again).toEqual(first);
    expect(again.date).toBe('2026-01-01');
    expect(readdirSync(out)).toEqual([first.hash]);
    expect(readdirSync(join(out, first.hash)).sort()).toEqual([
      'boundaries.geojson',
      'industrial-zones.geojson',
      'manifest.json',
    ]);
    const manifest = JSON.parse(readFileSync(join(out, first.hash, 'manifest.json'), 'utf8'));
    expect(parseSnapshotManifest(manifest)).toEqual(first);
  });

  it('freezes a changed layer into a new snapshot and leaves the old one as it was', () => {
    const out = mkdtempSync(join(tmpdir(), 'giapranh-snapshots-'));
    const before = writeSnapshot(options(dataDir('{"features":[1]}'), out, '2026-01-01'));
    const after = writeSnapshot(options(dataDir('{"features":[2]}'), out, '2026-01-02'));
    expect(after.hash).not.toBe(before.hash);
    expect(readFileSync(join(out, before.hash, 'industrial-zones.geojson'), 'utf8')).toBe(
      '{"features":[1]}',
    );
  });

  it('rejects a manifest that is not one', () => {
    expect(parseSnapshotManifest({ hash: '../../etc', date: '2026-01-01', layers: [] })).toBeNull();
    expect(
      parseSnapshotManifest({ hash: '0123456789abcdef', date: 'today', layers: [] }),
    ).toBeNull();
    expect(parseSnapshotManifest(null)).toBeNull();
  });
});
