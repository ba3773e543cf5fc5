import type { Page } from 'playwright-core';
import type { PageLog, Session } from './browser.ts';

/** A camera the test sets through the URL, as a shared link would. */
export interface Camera {
  zoom: number;
  lon: number;
  lat: number;
}

export const HOME: Camera = { zoom: 9.6, lon: 105.64, lat: 21.26 };

/** Where a lon/lat is on screen, in a map box centred on the camera (Web Mercator, 512 px tiles). */
export function screenPointOf(
  box: { x: number; y: number; width: number; height: number },
  camera: Camera,
  lon: number,
  lat: number,
): { x: number; y: number } {
  const worldSize = 512 * 2 ** camera.zoom;
  const mercX = (l: number) => ((l + 180) / 360) * worldSize;
  const mercY = (p: number) => {
    const sin = Math.sin((p * Math.PI) / 180);
    return (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * worldSize;
  };
  return {
    x: box.x + box.width / 2 + (mercX(lon) - mercX(camera.lon)),
    y: box.y + box.height / 2 + (mercY(lat) - mercY(camera.lat)),
  };
}

/**
 * Unfolds a layer row's actions (opacity, zoom to layer, filter, import, export) with its "⋯"
 * button, unless they are open already.
 */
export async function openLayerActions(page: Page, layerId: string): Promise<void> {
  const toggle = page.locator(`[data-layer-id="${layerId}"] .layer-actions-toggle`);
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.locator(`[data-layer-id="${layerId}"] .layer-actions`).waitFor();
}

/**
 * The app as a planner sees it: open it, tick layers, click on the map, read the panels.
 * Specs speak this language; only this file knows selectors.
 */
export class MapApp {
  constructor(
    readonly page: Page,
    readonly log: PageLog,
    private readonly camera: Camera,
  ) {}

  static async open(
    session: Session,
    camera: Camera = HOME,
    options: {
      query?: string;
      size?: { width: number; height: number };
      /** The map's drawn-features record on each idle (default on, as every test reads it). */
      idleReport?: boolean;
      /** Runs before the app is loaded (to route its requests, for one). */
      beforeLoad?: (page: Page) => Promise<unknown>;
    } = {},
  ): Promise<MapApp> {
    const { page, log } = await session.newPage({
      ...options.size,
      ...(options.idleReport === undefined ? {} : { idleReport: options.idleReport }),
    });
    const hash = `#map=${camera.zoom}/${camera.lat}/${camera.lon}`;
    await options.beforeLoad?.(page);
    await page.goto(`${session.baseUrl}${options.query ?? ''}${hash}`);
    const app = new MapApp(page, log, camera);
    await app.waitForIdle();
    return app;
  }

  /** Waits until the map has drawn everything it was asked to and stopped moving. */
  async waitForIdle(): Promise<void> {
    await this.page.waitForFunction(
      () => {
        const map = document.querySelector<HTMLElement>('[data-testid="map"]');
        const rows = document.querySelectorAll('.layer-row').length;
        return map?.dataset.idle === 'true' && rows > 0 && map.dataset.dataLayers === String(rows);
      },
      undefined,
      { timeout: 90_000, polling: 200 },
    );
  }

  /** Layer ids with features drawn in view, as the map reports them when idle. */
  async renderedLayers(): Promise<string[]> {
    const value = await this.page.getByTestId('map').getAttribute('data-rendered-layers');
    return (value ?? '').split(' ').filter(Boolean);
  }

  /**
   * Waits until the map, idle, shows the layer (or overlay). Results reach the map a React
   * render or two after they reach the panel, so one idle check could see the map before. A
   * layer of 100,000 features takes MapLibre's worker longer to tile: give it `timeoutMs`.
   */
  async waitUntilRendered(layerId: string, timeoutMs = 30_000): Promise<void> {
    await this.page.waitForFunction(
      (id) => {
        const map = document.querySelector<HTMLElement>('[data-testid="map"]');
        return (
          map?.dataset.idle === 'true' && (map.dataset.renderedLayers ?? '').split(' ').includes(id)
        );
      },
      layerId,
      { timeout: timeoutMs, polling: 100 },
    );
  }

  async setLayerVisible(title: string, visible: boolean): Promise<void> {
    const checkbox = this.page.getByRole('checkbox', { name: title, exact: true });
    await checkbox.setChecked(visible);
    await this.page
      .waitForFunction(
        () => document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.idle === 'false',
        undefined,
        { timeout: 5_000 },
      )
      .catch(() => {});
    await this.waitForIdle();
  }

  /** The screen position of a lon/lat under the test's camera. */
  async pixelOf(lon: number, lat: number): Promise<{ x: number; y: number }> {
    const box = await this.page.getByTestId('map').boundingBox();
    if (!box) throw new Error('map is not on screen');
    return screenPointOf(box, this.camera, lon, lat);
  }

  async clickAt(lon: number, lat: number): Promise<void> {
    const { x, y } = await this.pixelOf(lon, lat);
    await this.page.mouse.click(x, y);
  }

  inspectorTitle() {
    return this.page.getByTestId('inspector').getByRole('heading', { level: 2 });
  }

  async switchLanguage(label: 'Tiếng Việt' | 'English'): Promise<void> {
    await this.page.getByRole('button', { name: label }).click();
  }

  async openLayerActions(layerId: string): Promise<void> {
    await openLayerActions(this.page, layerId);
  }

  /** Imports a file into a layer through the layer's "Import file…" button. */
  async importInto(layerId: string, fileName: string, text: string | Buffer): Promise<string> {
    const input = this.page.locator(`[data-layer-id="${layerId}"] [data-testid="import-input"]`);
    await input.setInputFiles({
      name: fileName,
      mimeType: 'application/geo+json',
      buffer: Buffer.from(text),
    });
    const summary = this.page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 30_000 });
    return (await summary.textContent()) ?? '';
  }

  /** Drops files on the map, as a planner drags them from a folder. */
  async dropFiles(files: readonly { name: string; text: string }[]): Promise<void> {
    await this.page.evaluate((files) => {
      const transfer = new DataTransfer();
      for (const file of files) transfer.items.add(new File([file.text], file.name));
      const target = document.querySelector('.maplibregl-canvas') ?? document.body;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(
          new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
      }
    }, files);
  }

  /**
   * Answers the report's "Import into" step of a dropped or pasted file: the layer chosen by
   * its id, or the new layer; returns the summary of what landed.
   */
  async confirmImport(layerId?: string): Promise<string> {
    const confirm = this.page.getByTestId('import-confirm-button');
    await confirm.waitFor({ timeout: 30_000 });
    if (layerId) await this.page.getByTestId('import-target').selectOption(layerId);
    await confirm.click();
    const summary = this.page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 30_000 });
    return (await summary.textContent()) ?? '';
  }

  async importReportText(): Promise<string> {
    return (await this.page.getByTestId('import-report').textContent()) ?? '';
  }

  async featureCount(layerId: string): Promise<string> {
    return (
      (await this.page.locator(`[data-layer-id="${layerId}"] .layer-count`).textContent()) ?? ''
    );
  }

  async openAnalysis(): Promise<void> {
    await this.page.getByRole('tab', { name: /Phân tích|Analysis/ }).click();
    await this.page.getByRole('heading', { name: /Đo đạc|Measure/ }).waitFor();
  }

  /**
   * Measures the line from `from` to `to` ([lon, lat]) in the open Analysis tab of the English
   * interface: starts measuring, clicks both points, ends with Escape. Waits for nothing after.
   */
  async measureLine(from: [number, number], to: [number, number]): Promise<void> {
    await this.page.getByRole('button', { name: 'Start measuring' }).click();
    await this.clickAt(...from);
    await this.clickAt(...to);
    await this.page.keyboard.press('Escape');
  }

  async runPreset(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `▶ ${name}` }).click();
    await this.page.getByTestId('results-count').waitFor({ timeout: 60_000 });
    await this.waitForIdle();
  }

  /** The results table as text: one array of cell texts per row, in display order. */
  async resultRows(): Promise<string[][]> {
    return this.page
      .getByTestId('results-table')
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent ?? '')),
      );
  }

  /** The camera in the URL hash, which MapLibre keeps current: [zoom, lat, lon]. */
  async cameraFromUrl(): Promise<[number, number, number]> {
    const hash = new URL(this.page.url()).hash;
    const match = /map=([\d.]+)\/([\d.-]+)\/([\d.-]+)/.exec(hash);
    if (!match) throw new Error(`no camera in ${hash}`);
    return [Number(match[1]), Number(match[2]), Number(match[3])];
  }

  /** Clicks a button that saves a file and returns the file's text. */
  async download(buttonName: string): Promise<{ fileName: string; text: string; bytes: Buffer }> {
    const [download] = await Promise.all([
      // A 300 dpi figure is drawn by SwiftShader on the CPU: allow it more than the default 30 s.
      this.page.waitForEvent('download', { timeout: 180_000 }),
      this.page.getByRole('button', { name: buttonName }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    return { fileName: download.suggestedFilename(), text: bytes.toString('utf8'), bytes };
  }

  async close(): Promise<void> {
    await this.page.context().close();
  }
}
