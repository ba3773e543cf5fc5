import { describe, expect, it } from 'vitest';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();

describe('the results of the cluster coverage check', () => {
  it('say why Kim Hoa counts 100 % in two clusters, in English and Vietnamese', async () => {
    const app = await browser.open();
    await app.switchLanguage('English');
    await app.openAnalysis();
    await app.runPreset('Security-cluster coverage of industrial zones');
    const kimHoa = (await app.resultRows()).filter((row) => row[0]?.includes('Kim Hoa'));
    expect(kimHoa.map((row) => row[3])).toEqual(['100 %', '100 %']);
    const footnote = app.page.getByTestId('results-footnote');
    expect(await footnote.textContent()).toContain('shares of A can add up past 100 %');
    await app.switchLanguage('Tiếng Việt');
    await expect.poll(() => footnote.textContent()).toContain('cộng lại quá 100 %');
  });

  it('say nothing of the kind when no feature lies in two at once', async () => {
    const app = await browser.open();
    await app.switchLanguage('English');
    await app.openAnalysis();
    await app.runPreset('Industrial zones within 500 m of Ring Road 5');
    expect(await app.page.getByTestId('results-footnote').count()).toBe(0);
  });
});
