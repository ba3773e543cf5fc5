import { describe, expect, it } from 'vitest';
import { EditorDriver } from './support/editorDriver.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
const SLOW = { timeout: 90_000 };

/** Two points: a small file that lands in a new layer of points. */
const WELLS = JSON.stringify({
  type: 'FeatureCollection',
  features: [1, 2].map((n) => ({
    type: 'Feature',
    properties: { name: `Giếng ${n}` },
    geometry: { type: 'Point', coordinates: [105.6 + n * 0.01, 21.25] },
  })),
});

/** `count` points with fresh ids: a file large enough to be read for a while. Runs in the page. */
function manyPoints(count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const x = (105.3 + (i % 400) * 0.002).toFixed(6);
    const y = (21.0 + Math.floor(i / 400) * 0.0015).toFixed(6);
    parts.push(
      `{"type":"Feature","id":"more-${i}","properties":{},"geometry":{"type":"Point","coordinates":[${x},${y}]}}`,
    );
  }
  return `{"type":"FeatureCollection","features":[${parts.join(',')}]}`;
}

describe('an import whose landing fails', () => {
  it('says so, changes nothing, and the imports after it still land', async () => {
    const app = await browser.open();
    await app.switchLanguage('English');
    await app.dropFiles([{ name: 'wells.geojson', text: WELLS }]);
    expect(await app.confirmImport()).toContain('Imported 2 features into the new layer');
    const wells = app.page.locator('.layer-row', { hasText: 'wells' });
    const layerId = (await wells.getAttribute('data-layer-id'))!;

    // The editor's tab loaded once, so it opens at once later.
    const editor = new EditorDriver(app);
    await editor.open();
    await app.page.getByRole('tab', { name: 'Layers' }).click();

    // A large file sent to the new layer through its own button; while it is read, the planner
    // undoes the first import, which takes the layer away: the landing's patch cannot apply.
    await app.openLayerActions(layerId);
    await app.page.evaluate(`window.__madeText = (${manyPoints.toString()})(60000); 0`);
    await app.page.evaluate((id) => {
      const w = window as unknown as { __madeText?: string };
      const input = document.querySelector<HTMLInputElement>(
        `[data-layer-id="${id}"] [data-testid="import-input"]`,
      )!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([w.__madeText ?? ''], 'more-wells.geojson'));
      delete w.__madeText;
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, layerId);
    await app.page.getByTestId('import-progress').waitFor({ timeout: 30_000 });
    await app.page.getByRole('tab', { name: 'Edit' }).click();
    await editor.tool('Undo').click(SLOW);
    await expect.poll(() => wells.count()).toBe(0);

    const failed = app.page.getByTestId('import-failed');
    await failed.waitFor(SLOW);
    const message = (await failed.textContent()) ?? '';
    expect(message).toContain('Could not import “more-wells.geojson”');
    expect(message).toContain('no such layer');
    expect(message).toContain('Nothing landed; the layers are exactly as they were.');
    expect(await wells.count()).toBe(0);

    // The queue goes on: the next file is read, offered and lands.
    await app.page.getByRole('tab', { name: 'Layers' }).click();
    await app.dropFiles([{ name: 'springs.geojson', text: WELLS }]);
    expect(await app.confirmImport()).toContain('Imported 2 features into the new layer');
    await expect.poll(() => app.page.locator('.layer-row', { hasText: 'springs' }).count()).toBe(1);
  }, 240_000);
});
