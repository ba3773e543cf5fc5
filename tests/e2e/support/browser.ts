import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../../src/cli/browser/launch.ts';
import { IDLE_REPORT_FLAG } from '../../../src/map/idleReportWanted.ts';
import { startPreviewServer } from './server.ts';

// The browser is found and started as `giapranh render` does it (src/cli/browser/).
export { CHROMIUM_FLAGS, launchChromium } from '../../../src/cli/browser/launch.ts';

/** Everything a page did that a test may want to assert on. */
export interface PageLog {
  consoleErrors: string[];
  /** Requests that left the page's origin (or tried to). */
  foreignRequests: string[];
  /** Every request the page and its workers made on the origin. */
  localRequests: string[];
}

export interface Session {
  browser: Browser;
  baseUrl: string;
  newPage: (options?: {
    width?: number;
    height?: number;
    /** Have the map record what it draws on each idle (default true; planners' pages do not). */
    idleReport?: boolean;
  }) => Promise<{ page: Page; log: PageLog }>;
  close: () => Promise<void>;
}

/** One production-build server and one Chromium, shared by the specs of a file. */
export async function openSession(): Promise<Session> {
  const server = await startPreviewServer();
  const browser = await launchChromium();
  const origin = new URL(server.url).origin;
  return {
    browser,
    baseUrl: server.url,
    newPage: async ({ width = 1280, height = 800, idleReport = true } = {}) => {
      const context = await browser.newContext({
        viewport: { width, height },
        deviceScaleFactor: 1,
      });
      // The map records what it draws on each idle only when asked (idleReportWanted.ts).
      if (idleReport) await context.addInitScript(`window.${IDLE_REPORT_FLAG} = true;`);
      const page = await context.newPage();
      const log: PageLog = { consoleErrors: [], foreignRequests: [], localRequests: [] };
      page.on('console', (message) => {
        if (message.type() === 'error') log.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => log.consoleErrors.push(String(error)));
      // Block and record anything that would leave the origin: the app must work offline.
      await context.route('**/*', (route) => {
        const url = route.request().url();
        const local = url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:');
        if (local) {
          log.localRequests.push(url);
          return route.continue();
        }
        log.foreignRequests.push(url);
        return route.abort();
      });
      return { page, log };
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
