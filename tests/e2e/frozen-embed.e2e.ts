import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Frame } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDLE_REPORT_FLAG } from '../../src/map/idleReportWanted.ts';
import { launchChromium } from './support/browser.ts';
import { startPreviewServer } from './support/server.ts';

const REPO = resolve(import.meta.dirname, '../..');
const CONFIG = resolve(REPO, 'vite.config.ts');
const CAMERA = '#map=10.5/21.26/105.66';
const LAYERS = 'boundaries,industrial-zones';

/**
 * A copy of the project whose data this test may change: its own data/geojson and
 * data/snapshots, the code and packages linked from the repository. Built into its own dist/.
 */
function makeProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'giapranh-frozen-'));
  for (const name of ['src', 'node_modules', 'public']) {
    symlinkSync(resolve(REPO, name), join(root, name));
  }
  for (const page of ['index.html', 'embed.html']) cpSync(resolve(REPO, page), join(root, page));
  cpSync(resolve(REPO, 'data/geojson'), join(root, 'data/geojson'), { recursive: true });
  return root;
}

async function buildProject(root: string): Promise<void> {
  await build({
    configFile: CONFIG,
    root,
    logLevel: 'warn',
    build: {
      outDir: join(root, 'dist'),
      emptyOutDir: true,
      sourcemap: false,
      rolldownOptions: {
        input: { index: join(root, 'index.html'), embed: join(root, 'embed.html') },
      },
    },
  });
  // The published report: two maps of the same layers, one live, one pinned.
  const pin = readFileSync(join(root, 'pin.txt'), 'utf8').trim();
  writeFileSync(
    join(root, 'dist/report.html'),
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="icon.svg"><title>Báo cáo</title></head><body>
<iframe name="live" src="embed.html?layers=${LAYERS}${CAMERA}" width="700" height="450"></iframe>
<iframe name="pinned" src="embed.html?layers=${LAYERS}&amp;pin=${pin}${CAMERA}" width="700" height="450"></iframe>
</body></html>`,
  );
}

/** Layer ids the embed in a frame draws, once it is idle with its data. */
async function renderedIn(frame: Frame): Promise<string[]> {
  await frame.waitForFunction(
    () => {
      const map = document.querySelector<HTMLElement>('[data-testid="map"]');
      return (
        map?.dataset.idle === 'true' && (map.dataset.renderedLayers ?? '').includes('boundaries')
      );
    },
    undefined,
    { timeout: 90_000, polling: 200 },
  );
  const value = await frame.locator('[data-testid="map"]').getAttribute('data-rendered-layers');
  return (value ?? '').split(' ').filter(Boolean).sort();
}

let root: string;
let browser: Browser;

beforeAll(async () => {
  root = makeProject();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a frozen embed in a published report', () => {
  it('keeps showing the pinned data after a layer changes and the site is rebuilt', async () => {
    const snapshot = spawnSync(
      process.execPath,
      [resolve(REPO, 'bin/giapranh.js'), 'snapshot', '--layers', LAYERS, '--date', '2026-12-04'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(snapshot.stderr).toBe('');
    expect(snapshot.stdout).toMatch(/^[0-9a-f]{16}\n$/);
    writeFileSync(join(root, 'pin.txt'), snapshot.stdout);

    const open = async () => {
      await buildProject(root);
      const server = await startPreviewServer({ configFile: CONFIG, root });
      const page = await browser.newPage({ viewport: { width: 1440, height: 500 } });
      await page.addInitScript(`window.${IDLE_REPORT_FLAG} = true;`);
      const errors: string[] = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.goto(`${server.url}report.html`);
      const frame = (name: string) => {
        const found = page.frame({ name });
        if (!found) throw new Error(`no iframe named ${name}`);
        return found;
      };
      const shown = {
        live: await renderedIn(frame('live')),
        pinned: await renderedIn(frame('pinned')),
      };
      const chip = await frame('pinned').getByTestId('pinned').textContent();
      await page.close();
      await server.close();
      return { shown, chip, errors };
    };

    const before = await open();
    expect(before.shown).toEqual({
      live: ['boundaries', 'industrial-zones'],
      pinned: ['boundaries', 'industrial-zones'],
    });
    expect(before.chip).toContain('Dữ liệu cố định ngày 04/12/2026');

    // A planner deletes every industrial zone; the team rebuilds and redeploys the site.
    const file = join(root, 'data/geojson/industrial-zones.geojson');
    const zones = JSON.parse(readFileSync(file, 'utf8')) as GeoJSON.FeatureCollection;
    writeFileSync(file, JSON.stringify({ ...zones, features: [] }));
    const after = await open();
    expect(after.shown).toEqual({
      live: ['boundaries'],
      pinned: ['boundaries', 'industrial-zones'],
    });
    expect(after.chip).toContain('Dữ liệu cố định ngày 04/12/2026');
    expect(after.errors).toEqual([]);
  });
});
