import { describe, expect, it } from 'vitest';
import { EditorDriver } from './support/editorDriver.ts';
import { EDIT_CAMERA, EDIT_SQUARE } from './support/editPlace.ts';
import { createOwnLayer } from './support/ownLayer.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
const SLOW = { timeout: 15_000 };

describe("a planner's own layer", () => {
  it('is created with a field, drawn into, kept across a reload with its count, and exported', async () => {
    const app = await browser.open(EDIT_CAMERA);
    const editor = new EditorDriver(app);
    await editor.open();
    const page = app.page;

    // The new layer is where the next shape goes, and in the layer panel with no features.
    const layerId = await createOwnLayer(editor, {
      nameVi: 'Vùng đệm xanh',
      nameEn: 'Green buffer',
      geometry: 'Polygon',
      field: { name: 'phase', allowed: '1, 2' },
    });
    await expect.poll(() => app.featureCount(layerId), SLOW).toBe('0');

    await editor.drawPolygon(EDIT_SQUARE);
    await editor.fillForm({
      Name: 'Dải cây xanh',
      'English name': 'Tree belt',
      Source: 'browser test',
      Accuracy: 'schematic',
      'Position error': '20',
      phase: '2',
    });
    await expect.poll(() => app.featureCount(layerId), SLOW).toBe('1');
    await editor.waitUntilSaved();

    await page.reload();
    await app.waitForIdle();
    await expect.poll(() => app.featureCount(layerId), SLOW).toBe('1');
    const row = page.locator(`[data-layer-id="${layerId}"]`);
    expect(await row.textContent()).toContain('Green buffer');
    await expect.poll(() => app.renderedLayers(), SLOW).toContain(layerId);

    await app.openLayerActions(layerId);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByTestId('export-layer').click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const exported = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    expect(exported.features).toHaveLength(1);
    expect(exported.features[0].properties).toMatchObject({ name_en: 'Tree belt', phase: '2' });

    // A file imports into it like into any layer, and the analysis offers it as an input.
    const imported = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'Dải thứ hai', phase: '1' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [105.656, 21.2085],
                [105.66, 21.2085],
                [105.66, 21.21],
                [105.656, 21.2085],
              ],
            ],
          },
        },
      ],
    };
    await app.importInto(layerId, 'second.geojson', JSON.stringify(imported));
    await expect.poll(() => app.featureCount(layerId), SLOW).toBe('2');
    await app.openAnalysis();
    const choices = await page.locator('option').allTextContents();
    expect(choices).toContain('Green buffer');
  });

  it('is deleted after a question, as one step that undo takes back', async () => {
    const app = await browser.open(EDIT_CAMERA);
    const editor = new EditorDriver(app);
    await editor.open();
    const page = app.page;
    const layerId = await createOwnLayer(editor, { nameVi: 'Tạm' });
    await expect.poll(() => app.featureCount(layerId), SLOW).toBe('0');

    const questions: string[] = [];
    page.on('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.accept();
    });
    await page.getByRole('button', { name: 'Delete layer' }).click();
    await expect.poll(() => page.locator(`[data-layer-id="${layerId}"]`).count(), SLOW).toBe(0);
    expect(questions).toEqual([
      'Delete the layer “Tạm” and its 0 features? (Undo brings it back.)',
    ]);
    await editor.tool('Undo').click();
    await expect.poll(() => app.featureCount(layerId), SLOW).toBe('0');
  });
});
