import { describe, expect, it } from 'vitest';
import { dropOnMap } from './support/dropFile.ts';
import { type MapApp, openLayerActions } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
const SLOW = { timeout: 30_000 };
const POINT = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: 'dropped' },
      geometry: { type: 'Point', coordinates: [105.7, 21.2] },
    },
  ],
});

/** The stored session under `current` in the workspace database, as JSON text. */
function storedSession(page: MapApp['page']): Promise<string | undefined> {
  return page.evaluate(async () => {
    const open = indexedDB.open('giapranh-workspace');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const value = await new Promise<unknown>((resolve) => {
      const request = db.transaction('workspace').objectStore('workspace').get('current');
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return value === undefined ? undefined : JSON.stringify(value);
  });
}

const notice = (page: MapApp['page']) => page.getByTestId('workspace-notice');

describe('a tab that may not change the workspace', () => {
  it('opened read-only beside the owner, it cannot import: the controls are off and say why', async () => {
    const app = await browser.open();
    await app.switchLanguage('English');
    const second = await app.page.context().newPage();
    await second.goto(app.page.url());
    await expect.poll(() => notice(second).getAttribute('data-kind'), SLOW).toBe('following');
    const count = second.locator('[data-layer-id="context"] .layer-count');
    await expect.poll(() => count.textContent(), SLOW).toMatch(/^\d+$/);
    const before = await count.textContent();

    await openLayerActions(second, 'context');
    const button = second.getByRole('button', { name: 'Import file… Context' });
    expect(await button.isDisabled()).toBe(true);
    expect(await button.getAttribute('title')).toContain('open in another tab');
    expect(await second.locator('#import-disabled-reason').textContent()).toContain(
      'cannot be imported',
    );
    expect(
      await second.locator('[data-layer-id="context"] [data-testid="import-input"]').isDisabled(),
    ).toBe(true);

    await dropOnMap(second, 'dropped.geojson', POINT);
    await second.getByTestId('drop-refused').waitFor({ timeout: 10_000 });
    expect(await count.textContent()).toBe(before);
    expect(await second.getByTestId('import-summary').count()).toBe(0);

    // The owner imports as before.
    await dropOnMap(app.page, 'dropped.geojson', POINT);
    await app.page.getByTestId('import-confirm-button').click(SLOW);
    await app.page.getByTestId('import-summary').waitFor(SLOW);
    await second.close();
  });
});

describe('a stored workspace that cannot be read', () => {
  it('is kept until the planner confirms "Discard stored workspace"', async () => {
    const app = await browser.open();
    await app.switchLanguage('English');
    // Wait for the app to create its database (opening it first would create it bare).
    await app.page.waitForFunction(
      async () => (await indexedDB.databases()).some((db) => db.name === 'giapranh-workspace'),
      undefined,
      { timeout: 30_000, polling: 200 },
    );
    await app.page.evaluate(async () => {
      const open = indexedDB.open('giapranh-workspace');
      const db = await new Promise<IDBDatabase>((resolve) => {
        open.onsuccess = () => resolve(open.result);
      });
      const tx = db.transaction('workspace', 'readwrite');
      tx.objectStore('workspace').put({ not: 'a workspace' }, 'current');
      await new Promise((resolve) => {
        tx.oncomplete = resolve;
      });
      db.close();
    });
    await app.page.reload();
    await app.waitForIdle();
    await expect.poll(() => notice(app.page).getAttribute('data-kind'), SLOW).toBe('unreadable');
    const discard = notice(app.page).getByRole('button', { name: 'Discard stored workspace' });

    // Cancelled: nothing is deleted.
    app.page.once('dialog', (dialog) => void dialog.dismiss());
    await discard.click();
    expect(await storedSession(app.page)).toBe('{"not":"a workspace"}');
    expect(await notice(app.page).getAttribute('data-kind')).toBe('unreadable');

    // Confirmed: the stored copy goes and this tab saves a fresh workspace.
    app.page.once('dialog', (dialog) => void dialog.accept());
    await discard.click();
    await expect.poll(() => storedSession(app.page), SLOW).toBeUndefined();
    await expect.poll(() => notice(app.page).count(), SLOW).toBe(0);
  });
});
