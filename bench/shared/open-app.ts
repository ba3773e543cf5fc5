import type { Page } from 'playwright-core';

/** Opens the app at `url`, waits for the idle map and switches the interface to English. */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('[data-testid="map"][data-idle="true"]', { timeout: 120_000 });
  await page.getByRole('button', { name: 'English' }).click();
}
