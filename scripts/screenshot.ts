// `npm run screenshot`: the README's screenshot, taken from the production build in headless
// Chromium, the way the browser tests see the app.
import { resolve } from 'node:path';
import { openSession } from '../tests/e2e/support/browser.ts';
import { MapApp } from '../tests/e2e/support/mapApp.ts';

const out = resolve(import.meta.dirname, '../docs/screenshot.png');
const session = await openSession();
try {
  const app = await MapApp.open(session, { zoom: 10.2, lon: 105.62, lat: 21.25 });
  await app.clickAt(105.6275, 21.3079);
  await app.page.getByTestId('inspector').waitFor();
  await app.page.waitForTimeout(500);
  await app.page.screenshot({ path: out });
  console.log(`wrote ${out}`);
  await app.close();
} finally {
  await session.close();
}
