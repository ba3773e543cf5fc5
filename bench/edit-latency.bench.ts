// `npm run bench:edit`: edit latency in a layer of 10,000 polygons (the industrial-zones file
// replaced by a grid of zones), headless Chromium on the production build. Each sample is the
// time from an action to the map settled again (the container's data-idle back to true): a
// one-feature patch (a table cell saved), its undo and its redo, against a plain repaint of the
// same view (a paint-only change: the zone layer's opacity) in the same run. Target ≤ 1.3×.
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/support/browser.ts';
import { startPreviewServer } from '../tests/e2e/support/server.ts';
import { openEditor, openWithZones, ZONE_COUNT } from './edit/tenThousandZones.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
/** The median of the samples measured (NaN: the action could not run, or never settled). */
function median(values: number[]): number {
  const measured = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  return measured[Math.floor(measured.length / 2)] ?? Number.NaN;
}

type Action = 'repaint' | 'commit' | 'undo' | 'redo';

/** Milliseconds from the action to the next map idle, timed inside the page. */
function timeToIdle(page: Page, action: Action, serial: number): Promise<number> {
  return page.evaluate(
    ({ action, serial }) =>
      new Promise<number>((resolve) => {
        const map = document.querySelector<HTMLElement>('[data-testid="map"]')!;
        let busy = false;
        // Records, not the attribute now: busy and idle again may land in one callback.
        const observer = new MutationObserver((records) => {
          if (records.some((record) => record.oldValue === 'true' || map.dataset.idle === 'false'))
            busy = true;
          if (busy && map.dataset.idle === 'true') {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(map, {
          attributes: true,
          attributeOldValue: true,
          attributeFilter: ['data-idle'],
        });
        // An action that changed nothing never makes the map busy: say so rather than hang.
        setTimeout(() => resolve(Number.NaN), 30_000);
        const start = performance.now();
        if (action === 'repaint') {
          const slider = document.querySelector<HTMLInputElement>(
            'input[aria-label="Opacity: Industrial zones"]',
          )!;
          const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
          setValue.set!.call(slider, (0.5 + (serial % 50) / 100).toFixed(2));
          slider.dispatchEvent(new Event('input', { bubbles: true }));
        } else if (action === 'commit') {
          const input = document.querySelector<HTMLInputElement>('.cell-editing input')!;
          input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        } else {
          const name = action === 'undo' ? 'Undo' : 'Redo';
          const button = document.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`)!;
          if (button.disabled) resolve(Number.NaN);
          button.click();
        }
      }),
    { action, serial },
  );
}

async function main() {
  const server = await startPreviewServer();
  const browser = await launchChromium();
  const samples: Record<Action, number[]> = { repaint: [], commit: [], undo: [], redo: [] };
  try {
    const page = await openWithZones(browser, server.url);
    await openEditor(page);
    await page.getByRole('button', { name: 'Attribute table', exact: true }).click();
    const table = page.getByRole('region', { name: /^Attribute table/ });
    const englishName = 1 + 2; // id, Name, English name
    let serial = 0;
    // One warm-up round, then the measured ones, each action next to its own repaint.
    for (let round = 0; round <= ROUNDS; round++) {
      const keep = round > 0;
      const cell = table.locator('tbody tr[aria-rowindex]').first().locator('th, td');
      await cell.nth(englishName - 1).dblclick();
      await table.locator('.cell-editing input').fill(`Zone renamed ${round}`);
      for (const action of ['repaint', 'commit', 'repaint', 'undo', 'repaint', 'redo'] as const) {
        const ms = await timeToIdle(page, action, serial++);
        if (process.env.BENCH_DEBUG) console.log(round, action, ms.toFixed(0));
        if (keep) samples[action].push(ms);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const repaint = median(samples.repaint);
  console.log(
    `Edit latency, ${ZONE_COUNT} polygons in one layer, ${ROUNDS} rounds (median ms, ratio to a repaint):`,
  );
  console.log(`  repaint (paint-only change) ${repaint.toFixed(0).padStart(6)}`);
  for (const action of ['commit', 'undo', 'redo'] as const) {
    const ms = median(samples[action]);
    console.log(
      `  ${`${action} (one feature)`.padEnd(27)} ${ms.toFixed(0).padStart(6)}  ${(ms / repaint).toFixed(2)}×  (target ≤ 1.3×)  [${samples[action].map((t) => t.toFixed(0)).join(', ')}]`,
    );
  }
}

await main();
