import type { Page } from 'playwright-core';

/**
 * Confirms the dropped file's new layer at once (nothing lands before the planner does), then
 * waits for the import's summary and for the map to be idle with the features drawn.
 */
export async function confirmUntilIdle(page: Page): Promise<void> {
  await page.getByTestId('import-confirm-button').click({ timeout: 900_000 });
  await page.getByTestId('import-summary').waitFor({ timeout: 900_000 });
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.idle === 'true',
    undefined,
    { timeout: 900_000, polling: 200 },
  );
}
