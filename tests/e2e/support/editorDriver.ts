import type { MapApp } from './mapApp.ts';

type LngLat = [number, number];

/**
 * The editor as a planner uses it: the Edit tab, its toolbar, clicks on the map, the property
 * form, the Changes view. Specs speak this language; only this file (and mapApp) knows selectors.
 */
export class EditorDriver {
  constructor(readonly app: MapApp) {}

  get page() {
    return this.app.page;
  }

  /** Opens the Edit tab (English UI) and waits for the toolbar to be usable. */
  async open(): Promise<void> {
    await this.app.switchLanguage('English');
    await this.page.getByRole('tab', { name: 'Edit' }).click();
    await this.tool('Select').waitFor();
    await this.page.waitForFunction(
      () => !document.querySelector<HTMLButtonElement>('[aria-label="Select"]')?.disabled,
      undefined,
      { timeout: 30_000 },
    );
  }

  tool(name: string) {
    return this.page.getByRole('toolbar').getByRole('button', { name, exact: true });
  }

  async chooseLayer(title: string): Promise<void> {
    await this.page.getByLabel('Draw into layer').selectOption({ label: title });
  }

  /** Draws a polygon by clicking its vertices, then the first one again to close it. */
  async drawPolygon(vertices: readonly LngLat[]): Promise<void> {
    await this.tool('Draw polygon').click();
    await this.clickPolygon(vertices);
  }

  /** Clicks a polygon's vertices and the first again, with the drawing tool already up. */
  async clickPolygon(vertices: readonly LngLat[]): Promise<void> {
    for (const [lon, lat] of [...vertices, vertices[0]!]) {
      const { x, y } = await this.app.pixelOf(lon, lat);
      await this.page.mouse.move(x, y, { steps: 2 });
      await this.page.mouse.click(x, y);
    }
    await this.form().waitFor({ timeout: 10_000 });
  }

  form() {
    return this.page.getByRole('form', { name: 'Properties' });
  }

  async fillForm(values: Record<string, string>): Promise<void> {
    const form = this.form();
    for (const [name, value] of Object.entries(values)) {
      const field = form.getByLabel(name, { exact: true });
      const tag = await field.evaluate((element) => element.tagName);
      if (tag === 'SELECT') await field.selectOption(value);
      else await field.fill(value);
    }
    await form.getByRole('button', { name: 'Save' }).click();
  }

  /** Waits until every change so far is in the browser's workspace (IndexedDB). */
  async waitUntilSaved(): Promise<void> {
    await this.page.waitForFunction(
      async () => {
        const open = indexedDB.open('giapranh-workspace');
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        if (!db.objectStoreNames.contains('workspace')) {
          db.close();
          return false;
        }
        const stored = await new Promise<unknown>((resolve) => {
          const request = db.transaction('workspace').objectStore('workspace').get('current');
          request.onsuccess = () => resolve(request.result);
        });
        db.close();
        // Version 2 names the edited layers; version 1 held the edits as one patch.
        const session = stored as { layers?: unknown[]; edits?: { put: unknown[] } } | undefined;
        return (session?.layers?.length ?? session?.edits?.put.length ?? 0) > 0;
      },
      undefined,
      { timeout: 10_000, polling: 200 },
    );
  }

  /** The first feature put in the industrial-zones layer, as the changeset file carries it. */
  async changesetZone(): Promise<GeoJSON.Feature<GeoJSON.Polygon>> {
    const expanded = await this.tool('Changes').getAttribute('aria-expanded');
    if (expanded !== 'true') await this.tool('Changes').click();
    const { text } = await this.app.download('Download changeset');
    return JSON.parse(text).layers['industrial-zones'].put[0];
  }

  /** Every feature the changeset puts in a layer (the Changes view's download). */
  async changesetPuts(layerId: string): Promise<GeoJSON.Feature[]> {
    const expanded = await this.tool('Changes').getAttribute('aria-expanded');
    if (expanded !== 'true') await this.tool('Changes').click();
    const { text } = await this.app.download('Download changeset');
    return JSON.parse(text).layers[layerId]?.put ?? [];
  }

  /** Clicks a line's vertices, then the last one again, which finishes it. */
  async clickLine(vertices: readonly LngLat[]): Promise<void> {
    for (const [lon, lat] of [...vertices, vertices.at(-1)!]) {
      const { x, y } = await this.app.pixelOf(lon, lat);
      await this.page.mouse.move(x, y, { steps: 2 });
      await this.page.mouse.click(x, y);
    }
  }

  /** The last planar operation's message and whether it was a refusal. */
  opMessage() {
    return this.page.getByTestId('edit-op-message');
  }

  /** Drags from one map position to another with the mouse held down. */
  async drag(from: LngLat, to: LngLat): Promise<void> {
    const a = await this.app.pixelOf(...from);
    const b = await this.app.pixelOf(...to);
    await this.page.mouse.move(a.x, a.y, { steps: 2 });
    await this.page.mouse.down();
    await this.page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 4 });
    await this.page.mouse.move(b.x, b.y, { steps: 4 });
    await this.page.mouse.up();
  }
}
