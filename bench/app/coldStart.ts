import type { Browser } from 'playwright-core';

/**
 * Milliseconds from navigation start to the page's first map idle with all data drawn, read
 * from the page's own performance marks, in a fresh browser context (cold cache).
 */
export async function coldStartMs(
  browser: Browser,
  url: string,
  mark: string,
  readySelector: string,
): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(
      ([selector, name]) => {
        const ready = document.querySelector(selector!) !== null;
        return ready && performance.getEntriesByName(name!).length > 0;
      },
      [readySelector, mark],
      { timeout: 120_000, polling: 100 },
    );
    return await page.evaluate((name) => {
      const marks = performance.getEntriesByName(name);
      return marks[marks.length - 1]!.startTime;
    }, mark);
  } finally {
    await context.close();
  }
}
