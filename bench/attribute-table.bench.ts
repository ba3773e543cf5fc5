// `npm run bench:table`: the attribute table on 10,000 features (the industrial-zones file
// replaced by a grid of zones). Sort, filter and scroll in headless Chromium; the longest main-
// thread task of each, from PerformanceObserver 'longtask' (target: none over 100 ms).
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/support/browser.ts';
import { startPreviewServer } from '../tests/e2e/support/server.ts';
import { openEditor, openWithZones, ZONE_COUNT } from './edit/tenThousandZones.ts';

const LIMIT_MS = 100;

function observeLongTasks(): void {
  const tasks: number[] = [];
  (globalThis as unknown as { __longTasks: number[] }).__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}

/** Runs one phase and returns its longest task (0 when none reached 50 ms). */
async function longestTaskMs(page: Page, phase: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    (globalThis as unknown as { __longTasks: number[] }).__longTasks.length = 0;
  });
  await phase();
  // Two frames, so a task that the last action started is over and observed.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  return page.evaluate(() =>
    Math.max(0, ...(globalThis as unknown as { __longTasks: number[] }).__longTasks),
  );
}

async function main() {
  const server = await startPreviewServer();
  const browser = await launchChromium();
  try {
    const page = await openWithZones(browser, server.url, observeLongTasks);
    await openEditor(page);
    const table = page.getByRole('region', { name: /^Attribute table/ });
    const open = await longestTaskMs(page, async () => {
      await page.getByRole('button', { name: 'Attribute table', exact: true }).click();
      await table
        .getByRole('status')
        .filter({ hasText: `${ZONE_COUNT} rows` })
        .waitFor();
    });
    const header = (name: string) =>
      table.getByRole('columnheader').getByRole('button', { name, exact: true });
    const sort = await longestTaskMs(page, async () => {
      for (const name of ['Name', 'Name', 'Position error', 'Status']) {
        await header(name).click();
        await page.waitForTimeout(50);
      }
    });
    const filter = await longestTaskMs(page, async () => {
      const input = table.getByRole('searchbox');
      await input.pressSequentially('khu 12', { delay: 30 });
      await input.fill('');
    });
    const scroll = await longestTaskMs(page, async () => {
      await page.evaluate(async () => {
        const viewport = document.querySelector('.table-viewport')!;
        for (let step = 0; step < 60; step++) {
          viewport.scrollTop += 4000;
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        viewport.scrollTop = 0;
      });
    });
    console.log(`Attribute table, ${ZONE_COUNT} features, longest main-thread task (ms):`);
    const rows: [string, number][] = [
      ['open', open],
      ['sort (4 clicks)', sort],
      ['filter (typing)', filter],
      ['scroll (60 frames)', scroll],
    ];
    for (const [name, ms] of rows) {
      const verdict = name === 'open' ? '' : ms <= LIMIT_MS ? '  ok' : `  over ${LIMIT_MS} ms`;
      console.log(`  ${name.padEnd(20)} ${ms.toFixed(0).padStart(5)}${verdict}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
