import { existsSync } from 'node:fs';

const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** No browser to drive: the message says where one was looked for. */
export class NoBrowserError extends Error {}

/**
 * The Chromium to drive, found without downloading anything at test time: CHROME_PATH, then a
 * system Chromium, then the one shipped inside the @sparticuz/chromium npm package (set
 * CHROMIUM_SOURCE=package to use that one anyway).
 */
export async function findChromium(): Promise<{ path: string; origin: string; args: string[] }> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new NoBrowserError(`CHROME_PATH=${fromEnv} does not exist`);
    return { path: fromEnv, origin: 'CHROME_PATH', args: [] };
  }
  // CHROMIUM_SOURCE=package tries the packaged browser even where a system one exists.
  const system =
    process.env.CHROMIUM_SOURCE === 'package'
      ? undefined
      : SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate));
  if (system) return { path: system, origin: 'system', args: [] };
  let packaged: { executablePath: () => Promise<string> };
  try {
    packaged = (await import('@sparticuz/chromium')).default;
  } catch {
    throw new NoBrowserError(
      `no Chromium found (looked at CHROME_PATH, ${SYSTEM_CANDIDATES.join(', ')} and the @sparticuz/chromium package)`,
    );
  }
  // Its own serverless flags (one process for everything) die with the first closed browser
  // context; our flags (browser.ts) render MapLibre with it as they do with the system build.
  return { path: await packaged.executablePath(), origin: '@sparticuz/chromium', args: [] };
}
