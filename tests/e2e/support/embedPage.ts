import type { Frame, Page } from 'playwright-core';
import type { PageLog, Session } from './browser.ts';
import { type Camera, HOME, screenPointOf } from './mapApp.ts';

export interface EmbedOptions {
  /** The embed's query string without `?`: `layers=boundaries,ring-road-5&lang=en`. */
  query?: string;
  camera?: Camera;
  /** `iframe` (default): in a host page's iframe, as a report embeds it; `page`: on its own. */
  host?: 'iframe' | 'page';
}

/** A report page from another origin (about:blank) that embeds the map, as a planner would. */
function hostPage(src: string): string {
  const attribute = src.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Báo cáo quy hoạch</title></head>
<body style="margin: 0">
  <h1 style="font: 16px sans-serif; margin: 8px">Báo cáo quy hoạch vùng giáp ranh</h1>
  <iframe src="${attribute}" title="Bản đồ Giáp Ranh" width="900" height="560" style="border: 0"></iframe>
</body></html>`;
}

/**
 * The embed as a report reader sees it: the map, its legend, the card of a clicked feature and
 * the link to the full map. Specs speak this language; only this file knows selectors.
 */
export class EmbedPage {
  constructor(
    readonly page: Page,
    readonly log: PageLog,
    /** The embed's document: the iframe's, or the page's own. */
    readonly frame: Frame,
    private readonly camera: Camera,
  ) {}

  static async open(session: Session, options: EmbedOptions = {}): Promise<EmbedPage> {
    const { query = '', camera = HOME, host = 'iframe' } = options;
    const { page, log } = await session.newPage();
    const hash = `#map=${camera.zoom}/${camera.lat}/${camera.lon}`;
    const src = `${session.baseUrl}embed.html${query ? `?${query}` : ''}${hash}`;
    let frame = page.mainFrame();
    if (host === 'page') {
      await page.goto(src);
    } else {
      await page.setContent(hostPage(src));
      const iframe = await page.locator('iframe').elementHandle();
      const content = await iframe?.contentFrame();
      if (!content) throw new Error('the host page has no embed iframe');
      frame = content;
    }
    const embed = new EmbedPage(page, log, frame, camera);
    await embed.waitForIdle();
    return embed;
  }

  /** Waits until the map has the data of every layer in the legend, drawn and at rest. */
  async waitForIdle(): Promise<void> {
    await this.frame.waitForFunction(
      () => {
        const map = document.querySelector<HTMLElement>('[data-testid="map"]');
        const rows = document.querySelectorAll('[data-testid="legend"] li').length;
        return map?.dataset.idle === 'true' && map.dataset.dataLayers === String(rows);
      },
      undefined,
      { timeout: 90_000, polling: 200 },
    );
  }

  /** Layer ids with features drawn in view, as the map reports them when idle. */
  async renderedLayers(): Promise<string[]> {
    const value = await this.frame.getByTestId('map').getAttribute('data-rendered-layers');
    return (value ?? '').split(' ').filter(Boolean);
  }

  async legendTitles(): Promise<string[]> {
    return this.frame.getByTestId('legend').locator('li').allTextContents();
  }

  async clickAt(lon: number, lat: number): Promise<void> {
    const box = await this.frame.getByTestId('map').boundingBox();
    if (!box) throw new Error('map is not on screen');
    const { x, y } = screenPointOf(box, this.camera, lon, lat);
    await this.page.mouse.click(x, y);
  }

  /** Drags the map by a number of pixels and waits until it is at rest again. */
  async drag(dx: number, dy: number): Promise<void> {
    const box = await this.frame.getByTestId('map').boundingBox();
    if (!box) throw new Error('map is not on screen');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx, y + dy, { steps: 8 });
    await this.page.mouse.up();
    await this.waitForIdle();
  }

  featureCard() {
    return this.frame.getByTestId('feature-card');
  }

  fullMapLink() {
    return this.frame.getByRole('link', { name: /Mở bản đồ đầy đủ|Open full map/ });
  }

  /** The camera part of the embed's own URL, which MapLibre keeps current. */
  async hash(): Promise<string> {
    return this.frame.evaluate(() => window.location.hash);
  }

  /** The bundled layer files the embed fetched, by name (`ring-road-5`). */
  fetchedLayerFiles(): string[] {
    return this.log.localRequests.flatMap((url) => {
      const match = /\/assets\/([a-z0-9-]+)-[\w-]{8}\.geojson$/.exec(url);
      return match?.[1] && match[1] !== 'basemap' ? [match[1]] : [];
    });
  }

  async close(): Promise<void> {
    await this.page.context().close();
  }
}
