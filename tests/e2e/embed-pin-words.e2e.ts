import { describe, expect, it } from 'vitest';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();

describe('the embed dialog on pinned data, for a planner', () => {
  it('says what a pinned embed is and who makes it; the command waits folded for the site’s maintainer', async () => {
    const app = await browser.open();
    const page = app.page;
    await page.getByRole('button', { name: 'Nhúng bản đồ' }).click();
    const howTo = page.getByRole('dialog').getByTestId('embed-pin-howto');
    await howTo.waitFor({ timeout: 30_000 });

    // What the planner reads: the hint's paragraphs, and no command in view until unfolded.
    const shown = (await howTo.locator(':scope > p').allTextContents()).join(' ');
    expect(await howTo.locator('code').isVisible()).toBe(false);
    expect(shown).toContain('Bản nhúng cố định luôn hiện dữ liệu như lúc báo cáo được duyệt');
    expect(shown).toContain('người quản lý trang web của nhóm');
    expect(shown).not.toContain('node bin/giapranh.js');
    expect(shown).not.toContain('commit');

    await howTo.getByText('Dành cho người quản lý trang web').click();
    await expect.poll(() => howTo.locator('code').isVisible()).toBe(true);
    const command = await howTo.locator('code').textContent();
    expect(command).toMatch(/^node bin\/giapranh\.js snapshot --layers [a-z0-9-]+(,[a-z0-9-]+)*$/);
    expect(command).toContain('industrial-zones');
  });
});
