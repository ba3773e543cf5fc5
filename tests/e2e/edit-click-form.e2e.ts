import { describe, expect, it } from 'vitest';
import { EditorDriver } from './support/editorDriver.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
// The map and the editor's chunk answer in their own time on a loaded machine.
const SLOW = { timeout: 15_000 };
// Inside joint security cluster 1 (Sóc Sơn – Phúc Yên), away from every other zone.
const CLUSTER_1: [number, number] = [105.7531, 21.3008];

describe('a click in the Edit tab with no tool up', () => {
  it('opens the clicked security cluster with its property form', async () => {
    const app = await browser.open(
      { zoom: 12, lon: CLUSTER_1[0], lat: CLUSTER_1[1] },
      { size: { width: 1400, height: 900 } },
    );
    const editor = new EditorDriver(app);
    await editor.open();
    expect(await editor.tool('Select').getAttribute('aria-pressed')).toBe('false');
    await app.clickAt(...CLUSTER_1);
    const form = editor.form();
    await form.waitFor(SLOW);
    expect(await form.getByLabel('Cluster number', { exact: true }).inputValue()).toBe('1');
    expect(await app.page.getByTestId('inspector').textContent()).toContain('cluster 1');
  });

  it('leaves a click in the Layers tab to the inspector alone', async () => {
    const app = await browser.open({ zoom: 12, lon: CLUSTER_1[0], lat: CLUSTER_1[1] });
    const editor = new EditorDriver(app);
    await editor.open();
    await app.page.getByRole('tab', { name: 'Layers' }).click();
    await app.clickAt(...CLUSTER_1);
    await app.page.getByTestId('inspector').waitFor(SLOW);
    // Back in the Edit tab, the cluster picked elsewhere was not opened behind the planner's back.
    await app.page.getByRole('tab', { name: 'Edit' }).click();
    expect(await editor.tool('Select').getAttribute('aria-pressed')).toBe('false');
    expect(await editor.form().count()).toBe(0);
  });
});
