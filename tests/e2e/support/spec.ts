import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { openSession, type Session } from './browser.ts';
import type { Camera } from './mapApp.ts';
import { MapApp } from './mapApp.ts';

/**
 * The hooks every browser spec file shares: one server and one Chromium for the file, and after
 * each spec the two standing promises — no request left the origin, no console error.
 */
export function setUpMapApp() {
  let session: Session;
  let app: MapApp | undefined;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session?.close();
  });
  afterEach(async () => {
    if (!app) return;
    const { foreignRequests, consoleErrors } = app.log;
    await app.close();
    app = undefined;
    expect(foreignRequests, 'requests that left the origin').toEqual([]);
    expect(consoleErrors, 'console errors').toEqual([]);
  });
  return {
    /** Opens the app in a fresh context at a camera set through the URL. */
    open: async (camera?: Camera): Promise<MapApp> => {
      app = await MapApp.open(session, camera);
      return app;
    },
  };
}
