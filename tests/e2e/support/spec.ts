import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { openSession, type PageLog, type Session } from './browser.ts';
import { type EmbedOptions, EmbedPage } from './embedPage.ts';
import type { Camera } from './mapApp.ts';
import { MapApp } from './mapApp.ts';

/** A page a spec opened: what it logged, and how to close it. */
interface OpenedPage {
  log: PageLog;
  close: () => Promise<void>;
}

/**
 * The hooks every browser spec file shares: one server and one Chromium for the file, and after
 * each spec the two standing promises — no request left the origin, no console error. Returns
 * the way to open a page so that these hooks check it.
 */
function setUpSession() {
  let session: Session;
  let opened: OpenedPage | undefined;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session?.close();
  });
  afterEach(async () => {
    if (!opened) return;
    const { foreignRequests, consoleErrors } = opened.log;
    await opened.close();
    opened = undefined;
    expect(foreignRequests, 'requests that left the origin').toEqual([]);
    expect(consoleErrors, 'console errors').toEqual([]);
  });
  return async <T extends OpenedPage>(opening: (session: Session) => Promise<T>): Promise<T> => {
    const page = await opening(session);
    opened = page;
    return page;
  };
}

/** The planning app, opened fresh for each spec. */
export function setUpMapApp() {
  const open = setUpSession();
  return {
    /** Opens the app in a fresh context at a camera (and query) set through the URL. */
    open: (camera?: Camera, options?: Parameters<typeof MapApp.open>[2]): Promise<MapApp> =>
      open((session) => MapApp.open(session, camera, options)),
  };
}

/** The read-only embed, opened fresh for each spec. */
export function setUpEmbed() {
  const open = setUpSession();
  return {
    /** Opens embed.html with a query and a camera, in a host page's iframe or on its own. */
    open: (options?: EmbedOptions): Promise<EmbedPage> =>
      open((session) => EmbedPage.open(session, options)),
  };
}
