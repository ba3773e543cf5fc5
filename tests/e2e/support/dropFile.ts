import type { Page } from 'playwright-core';

/**
 * Drops a file on a page's map, as a planner drags one from a folder: dragenter, dragover and
 * drop on the map canvas (the page's body before the map has one). Waits for nothing after.
 */
export async function dropOnMap(page: Page, fileName: string, text: string): Promise<void> {
  await page.evaluate(
    ({ fileName, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], fileName));
      const target = document.querySelector('.maplibregl-canvas') ?? document.body;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(
          new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
      }
    },
    { fileName, text },
  );
}

/** Pastes text onto a page's map, as Ctrl+V does with the map focused. Waits for nothing after. */
export async function pasteOnMap(page: Page, text: string): Promise<void> {
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const target = document.querySelector('.maplibregl-canvas') ?? document.body;
    target.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

/**
 * Drops a file whose text the page itself makes, by running `make(...args)` from its source: tens
 * of MB do not cross the test's pipe. `make` must stand alone (no imports, no outside names), and
 * `args` must survive JSON. Waits for nothing after.
 */
export async function dropMadeInPage<Args extends unknown[]>(
  page: Page,
  fileName: string,
  make: (...args: Args) => string,
  ...args: Args
): Promise<void> {
  // A string, not a function: the page runs `make` from its source, and the text stays there.
  await page.evaluate(`window.__madeText = (${make.toString()})(...${JSON.stringify(args)}); 0`);
  await page.evaluate((fileName) => {
    const w = window as unknown as { __madeText?: string };
    const transfer = new DataTransfer();
    transfer.items.add(new File([w.__madeText ?? ''], fileName));
    delete w.__madeText;
    const target = document.querySelector('.maplibregl-canvas') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(
        new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }
  }, fileName);
}
