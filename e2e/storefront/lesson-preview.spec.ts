import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/a11y';

test.describe('[STOREFRONT][PLAYER]', () => {
  test.describe.configure({ timeout: 90_000 });

  test('[STOREFRONT][PLAYER]: a visitor plays a free preview from a course page; paid lessons stay locked', async ({
    page,
  }) => {
    await page.goto('/');
    const href = await page.locator('a[href^="/courses/"]').first().getAttribute('href');
    expect(href).toBeTruthy();
    await page.goto(href!);
    // The first lesson of every demo course is a free video preview.
    await page
      .getByRole('link', { name: /^Play preview/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/learn\/[^/]+\/[0-9A-Za-z]{22}$/);
    const media = page.getByTestId('lesson-media');
    await expect(media).toBeVisible();
    await expect
      .poll(() => media.evaluate((el: HTMLMediaElement) => el.readyState), { timeout: 20_000 })
      .toBeGreaterThanOrEqual(1);
    expect(await media.evaluate((el: HTMLMediaElement) => el.duration)).toBeGreaterThan(20);
    await media.evaluate((el: HTMLMediaElement) => {
      el.muted = true;
      return el.play();
    });
    await expect
      .poll(() => media.evaluate((el: HTMLMediaElement) => el.currentTime))
      .toBeGreaterThan(0.2);

    // A paid lesson of the same course: a lock and the way in, no player and no media URL.
    const locked = page.getByRole('navigation', { name: 'Course content' }).last();
    const lessonLinks = await page
      .locator('a[href^="/learn/"]')
      .evaluateAll((els) => [...new Set(els.map((a) => a.getAttribute('href') ?? ''))]);
    expect(locked).toBeTruthy();
    for (const link of lessonLinks.slice(1)) {
      await page.goto(link);
      if (await page.getByRole('heading', { name: 'This lesson is locked' }).isVisible()) {
        await expect(page.getByTestId('lesson-media')).toHaveCount(0);
        await expect(page.getByRole('link', { name: 'See the course and enrol' })).toBeVisible();
        const lessonId = link.split('/').pop();
        const res = await page.request.get(`/api/media/${lessonId}`);
        expect([403, 404]).toContain(res.status());
        await expectNoSeriousA11yViolations(page);
        return;
      }
    }
    throw new Error('no locked lesson found in the demo course');
  });
});
