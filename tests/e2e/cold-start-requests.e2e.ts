import { describe, expect, it } from 'vitest';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();

/** How many times each requested URL whose path matches `pattern` was requested. */
function requestCounts(requests: readonly string[], pattern: RegExp): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const url of requests) {
    const path = new URL(url).pathname;
    if (pattern.test(path)) counts[path] = (counts[path] ?? 0) + 1;
  }
  return counts;
}

describe('the cold start’s requests', () => {
  // The empty layers share one hashed asset URL (same content): each layer once fetched it.
  it('fetches each bundled layer file once', async () => {
    const app = await browser.open();
    const counts = requestCounts(app.log.localRequests, /\.geojson$/);
    expect(Object.keys(counts).length).toBeGreaterThan(3);
    for (const [path, count] of Object.entries(counts))
      expect({ path, count }).toEqual({ path, count: 1 });
  });

  it('starts the search worker on first use of the search, which then finds a feature', async () => {
    const app = await browser.open();
    expect(requestCounts(app.log.localRequests, /search\.worker/)).toEqual({});
    const input = app.page.getByTestId('search-input');
    await input.click();
    await input.fill('Quang Minh');
    await expect
      .poll(() => app.page.getByTestId('search-option').allTextContents(), { timeout: 60_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining('Khu công nghiệp Quang Minh')]));
    expect(Object.keys(requestCounts(app.log.localRequests, /search\.worker/))).toHaveLength(1);
  });
});
