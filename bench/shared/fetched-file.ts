import type { Page } from 'playwright-core';

/** Fetches the file served at `url` into the page as a `File`, outside any measured window. */
export async function fetchFileIntoPage(page: Page, url: string, fileName: string): Promise<void> {
  await page.evaluate(
    async ({ url, fileName }) => {
      const blob = await (await fetch(url)).blob();
      (window as unknown as { __file: File }).__file = new File([blob], fileName);
    },
    { url, fileName },
  );
}

/**
 * Drops the file {@link fetchFileIntoPage} fetched on the map (dragenter, dragover, drop on the
 * canvas). Waits for nothing after.
 */
export async function dropFetchedFile(page: Page): Promise<void> {
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add((window as unknown as { __file: File }).__file);
    const target = document.querySelector('.maplibregl-canvas') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(
        new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }
  });
}
