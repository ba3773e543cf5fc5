import type { Page } from 'playwright-core';

/** Starts counting long tasks on the page (PerformanceObserver 'longtask'), from none. */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __tasks: number[]; __observer?: PerformanceObserver };
    w.__observer?.disconnect();
    w.__tasks = [];
    w.__observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__tasks.push(entry.duration);
    });
    w.__observer.observe({ type: 'longtask' });
  });
}

/** The durations in ms of the long tasks seen since {@link observeLongTasks}. */
export async function longTasks(page: Page): Promise<number[]> {
  // Long tasks are reported after they end: one frame later, all are in.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 200)));
  return page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks);
}

/**
 * The longest main-thread task in ms while `JSON.parse` reads the text served at `url`: the
 * baseline an import without the worker would at least cost.
 */
export async function parseOnMainThread(page: Page, url: string): Promise<number> {
  await page.evaluate(async (url) => {
    (window as unknown as { __text: string }).__text = await (await fetch(url)).text();
  }, url);
  await observeLongTasks(page);
  // In a task of its own (a timer), as a message handler would run it: the long-task observer
  // does not see work done inside the test driver's evaluate.
  await page.evaluate(
    () =>
      new Promise<void>((done) =>
        setTimeout(() => {
          const w = window as unknown as { __text: string; __parsed?: unknown };
          w.__parsed = JSON.parse(w.__text);
          done();
        }, 0),
      ),
  );
  const tasks = await longTasks(page);
  await page.evaluate(() => {
    const w = window as unknown as { __text?: string; __parsed?: unknown };
    delete w.__text;
    delete w.__parsed;
  });
  return Math.max(0, ...tasks);
}
