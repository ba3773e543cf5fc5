import { describe, expect, it } from 'vitest';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
let app: MapApp;

const zonesRow = () => app.page.locator('[data-layer-id="industrial-zones"]');

/** Distinct features of a layer drawn in view, as the idle map counts them (queryRenderedFeatures). */
async function drawnFeatures(layerId: string): Promise<number> {
  await app.waitForIdle();
  const text = (await app.page.getByTestId('map').getAttribute('data-rendered-features')) ?? '';
  const entry = text.split(' ').find((part) => part.startsWith(`${layerId}:`));
  return entry ? Number(entry.slice(layerId.length + 1)) : 0;
}

describe('a layer filter', () => {
  it('hides features on the map and in the count, survives the link, and limits the export', async () => {
    app = await browser.open();
    expect(await drawnFeatures('industrial-zones')).toBe(10);
    // A folded row gathers no filter choices (they scan every feature of the layer).
    expect(await zonesRow().locator('.layer-filter').count()).toBe(0);

    await app.openLayerActions('industrial-zones');
    await zonesRow().getByText('Lọc', { exact: true }).click();
    const property = zonesRow().getByRole('combobox', { name: 'Thuộc tính' });
    await property.selectOption({ label: 'Tình trạng' });
    await zonesRow().getByRole('checkbox', { name: 'đang hoạt động' }).check();
    await expect.poll(() => app.featureCount('industrial-zones')).toBe('9/10');
    await property.selectOption({ label: 'Diện tích công bố (ha)' });
    await zonesRow().getByRole('spinbutton', { name: 'Từ' }).fill('200');
    await expect.poll(() => app.featureCount('industrial-zones')).toBe('6/10');
    await expect.poll(() => drawnFeatures('industrial-zones')).toBe(6);

    const link = app.page.url();
    expect(link).toContain(
      'filter=industrial-zones:area_ha_declared:200~,industrial-zones:status:operating',
    );
    await app.close();

    // A fresh browser context opens the same filtered map from the link; an unknown property
    // in it is dropped with the link's note.
    const url = new URL(link);
    const query = `${url.search},industrial-zones:colour:red`;
    app = await browser.open(undefined, { query });
    expect(await app.featureCount('industrial-zones')).toBe('6/10');
    expect(await drawnFeatures('industrial-zones')).toBe(6);
    await expect
      .poll(() => app.page.getByTestId('link-note').textContent())
      .toContain('thuộc tính không có “industrial-zones:colour:red”');

    // The folded row says a filter is on; its chip unfolds the row's actions.
    const chip = zonesRow().getByRole('button', { name: 'Đang lọc (2): Khu công nghiệp' });
    await chip.click();
    const exported = await app.download('Xuất lớp: Khu công nghiệp');
    const collection = JSON.parse(exported.text) as GeoJSON.FeatureCollection;
    expect(collection.features.map((feature) => feature.id).sort()).toEqual(
      [
        'iz-ba-thien',
        'iz-ba-thien-2',
        'iz-binh-xuyen',
        'iz-khai-quang',
        'iz-quang-minh',
        'iz-thang-long-vinh-phuc',
      ].sort(),
    );

    // The analysis gets only the zones that pass.
    await app.openAnalysis();
    await app.runPreset('Khoảng cách từ mỗi KCN tới Vành đai 5');
    expect(await app.resultRows()).toHaveLength(6);
    // and the check form's layer choice says so.
    await expect
      .poll(() => app.page.locator('option', { hasText: 'Khu công nghiệp (đã lọc 6/10)' }).count())
      .toBeGreaterThan(0);
    await app.page.getByRole('tab', { name: 'Lớp bản đồ' }).click();

    await zonesRow().getByRole('button', { name: 'Bỏ lọc' }).click();
    await expect.poll(() => app.featureCount('industrial-zones')).toBe('10');
    await expect.poll(() => drawnFeatures('industrial-zones')).toBe(10);
    expect(app.page.url()).not.toContain('filter=');
  });

  it('lets go of a selected feature the filter hides: the inspector never shows what the map does not', async () => {
    app = await browser.open(undefined, { query: '?sel=industrial-zones:iz-noi-bai' });
    await expect.poll(() => app.inspectorTitle().textContent()).toBe('Khu công nghiệp Nội Bài');
    await app.openLayerActions('industrial-zones');
    await zonesRow().getByText('Lọc', { exact: true }).click();
    await zonesRow()
      .getByRole('combobox', { name: 'Thuộc tính' })
      .selectOption({ label: 'Diện tích công bố (ha)' });
    await zonesRow().getByRole('spinbutton', { name: 'Từ' }).fill('200');
    await expect.poll(() => app.featureCount('industrial-zones')).toBe('6/10');
    await expect.poll(() => app.page.getByTestId('inspector').count()).toBe(0);
    expect(app.page.url()).not.toContain('sel=');
  });
});
