import { devices, expect, test, type Page } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/a11y';

/** A course page of a course the demo learner is enrolled in (from My learning). */
async function openEnrolledCourse(page: Page): Promise<string> {
  await page.goto('/library');
  const href = await page
    .getByRole('main')
    .getByRole('heading', { level: 2 })
    .first()
    .getByRole('link')
    .getAttribute('href');
  expect(href).toMatch(/^\/courses\//);
  await page.goto(href!);
  return href!;
}

for (const [label, device] of [
  ['desktop', devices['Desktop Chrome']],
  ['phone', devices['Pixel 7']],
] as const) {
  test.describe(`[STOREFRONT][SOCIAL] ${label}`, () => {
    test.use({
      viewport: device.viewport,
      userAgent: device.userAgent,
      isMobile: device.isMobile,
      hasTouch: device.hasTouch,
    });
    test.describe.configure({ timeout: 120_000 });

    test(`[STOREFRONT][REVIEWS] ${label}: an enrolled learner reviews a course and sees it as a verified purchase`, async ({
      page,
    }) => {
      await openEnrolledCourse(page);
      const editor = page.getByRole('region', { name: /Rate this course|Your review/ });
      await expect(editor).toBeVisible();
      const text = `Clear and practical (${label} ${Date.now()})`;
      await editor.getByLabel('Your rating').selectOption('4');
      await editor.getByLabel('Your review (optional)').fill(text);
      await editor.getByRole('button', { name: /Post review|Update review/ }).click();
      await expect(editor.getByText('Thank you! Your review is saved.')).toBeVisible();
      const item = page.getByRole('listitem').filter({ hasText: text });
      await expect(item).toBeVisible();
      await expect(item.getByText('Verified purchase')).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    });

    test(`[STOREFRONT][WISHLIST] ${label}: a learner wishlists a course and finds it on the wishlist page`, async ({
      page,
    }) => {
      await page.goto('/search?q=Python');
      const first = page.getByRole('main').getByRole('article').first();
      const title = await first.getByRole('heading').innerText();
      const heart = first.getByRole('button', { name: /wishlist/ });
      if ((await heart.getAttribute('aria-pressed')) === 'true') {
        await heart.click();
        await expect(heart).toHaveAttribute('aria-pressed', 'false');
      }
      await heart.click();
      await expect(heart).toHaveAttribute('aria-pressed', 'true');
      await expect(heart).toHaveAccessibleName('Remove from wishlist');
      await page.goto('/');
      if (label === 'desktop') {
        await page.getByRole('button', { name: /^Account menu for/ }).click();
        await page.getByRole('menuitem', { name: 'Wishlist' }).click();
      } else {
        await page.goto('/wishlist');
      }
      await expect(page).toHaveURL(/\/wishlist$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Wishlist' })).toBeVisible();
      await expect(page.getByRole('heading', { name: title })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    });
  });
}

test.describe('[STOREFRONT][WISHLIST] without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('[STOREFRONT][WISHLIST]: the heart on a course page works as a plain form post', async ({
    page,
  }) => {
    await page.goto('/search?q=React');
    const href = await page
      .getByRole('main')
      .getByRole('article')
      .first()
      .getByRole('heading')
      .getByRole('link')
      .getAttribute('href');
    await page.goto(href!);
    const title = await page.getByRole('heading', { level: 1 }).innerText();
    const aside = page.getByRole('complementary');
    const add = aside.getByRole('button', { name: 'Add to wishlist' });
    if (await add.isVisible()) await add.click();
    await expect(aside.getByRole('button', { name: 'Remove from wishlist' })).toBeVisible();
    await page.goto('/wishlist');
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
  });
});
