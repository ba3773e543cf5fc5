import type { MapApp } from './mapApp.ts';

/** Search and the coordinate readout, as a planner uses them; only this file knows their selectors. */
export class Finding {
  constructor(private readonly app: MapApp) {}

  get input() {
    return this.app.page.getByRole('combobox', { name: /^(Tìm kiếm|Search)$/ });
  }

  options() {
    return this.app.page.getByRole('option');
  }

  /** Types into the search box key by key and waits for the first result. */
  async type(text: string): Promise<void> {
    await this.input.click();
    await this.input.pressSequentially(text);
    await this.options().first().waitFor({ timeout: 15_000 });
  }

  async optionTexts(): Promise<string[]> {
    return this.options().allTextContents();
  }

  /** The readout row's text (without the copy button). */
  async readout(row: 'vn2000' | 'wgs84' | 'dms' | 'utm'): Promise<string> {
    return (await this.app.page.getByTestId(`coords-${row}`).locator('output').textContent()) ?? '';
  }

  /**
   * The camera in the link once the map is idle. MapLibre writes the hash at most every 300 ms,
   * so a spec polls this until the flight has landed.
   */
  async camera(): Promise<[number, number, number]> {
    await this.app.waitForIdle();
    return this.app.cameraFromUrl();
  }
}
