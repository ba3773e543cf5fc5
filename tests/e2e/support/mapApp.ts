import type { Page } from 'playwright-core';
import type { PageLog, Session } from './browser.ts';

/** A camera the test sets through the URL, as a shared link would. */
export interface Camera {
  zoom: number;
  lon: number;
  lat: number;
}

export const HOME: Camera = { zoom: 9.6, lon: 105.64, lat: 21.26 };

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
    options: { query?: string } = {},
  ): Promise<MapApp> {
    const { page, log } = await session.newPage();
    const hash = `#map=${camera.zoom}/${camera.lat}/${camera.lon}`;
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

  /** The screen position of a lon/lat under the test's camera (Web Mercator, 512 px tiles). */
  async pixelOf(lon: number, lat: number): Promise<{ x: number; y: number }> {
    const box = await this.page.getByTestId('map').boundingBox();
    if (!box) throw new Error('map is not on screen');
    const worldSize = 512 * 2 ** this.camera.zoom;
    const mercX = (l: number) => ((l + 180) / 360) * worldSize;
    const mercY = (p: number) => {
      const sin = Math.sin((p * Math.PI) / 180);
      return (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * worldSize;
    };
    return {
      x: box.x + box.width / 2 + (mercX(lon) - mercX(this.camera.lon)),
      y: box.y + box.height / 2 + (mercY(lat) - mercY(this.camera.lat)),
    };
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

  async close(): Promise<void> {
    await this.page.context().close();
  }
}
