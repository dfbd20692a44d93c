import { devices, expect, test, type Page } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/a11y';

/**
 * A course page of a course the demo learner is enrolled in and has not reviewed yet (a new review is
 * the newest, so it is listed first whatever else the course has).
 */
async function openUnreviewedCourse(page: Page): Promise<void> {
  await page.goto('/library');
  const hrefs = await page
    .getByRole('main')
    .getByRole('heading', { level: 2 })
    .getByRole('link')
    .evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''));
  for (const href of hrefs.filter((h) => h.startsWith('/courses/'))) {
    await page.goto(href);
    if (await page.getByRole('region', { name: 'Rate this course' }).isVisible()) return;
  }
  throw new Error('every enrolled course of the demo learner is reviewed already');
}

/** A lesson of the demo creator's course that the learner may open (a free preview or enrolled). */
async function openCreatorLesson(page: Page): Promise<string> {
  await page.goto('/creators/maya-chen');
  const courses = await page
    .getByRole('main')
    .getByRole('article')
    .getByRole('link')
    .evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''));
  for (const href of courses.filter((h) => h.startsWith('/courses/'))) {
    await page.goto(href);
    const lesson = await page
      .locator('#curriculum ~ * a[href^="/learn/"], a[href^="/learn/"]')
      .first()
      .getAttribute('href')
      .catch(() => null);
    if (!lesson) continue;
    await page.goto(lesson);
    if (await page.getByRole('heading', { name: /Questions & answers/ }).isVisible()) return lesson;
  }
  throw new Error('no open lesson of the demo creator was found');
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
      await openUnreviewedCourse(page);
      const editor = page.getByRole('region', { name: /Rate this course|Your review/ });
      await expect(editor).toBeVisible();
      const text = `Clear and practical (${label} ${Date.now()})`;
      await editor.getByLabel('Your rating').selectOption('4');
      await editor.getByLabel('Your review (optional)').fill(text);
      await editor.getByRole('button', { name: 'Post review' }).click();
      await expect(editor.getByText('Thank you! Your review is saved.')).toBeVisible();
      const item = page.getByRole('listitem').filter({ hasText: text });
      await expect(item).toBeVisible();
      await expect(item.getByText('Verified purchase')).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    });

    test(`[LEARN][QA] ${label}: a learner asks a question and the creator answers it`, async ({
      page,
      browser,
    }) => {
      const lesson = await openCreatorLesson(page);
      const question = `How does this lesson apply to **real** projects? (${label} ${Date.now()})`;
      const plain = question.replace(/\*\*/g, '');
      await page.getByLabel('Ask a question about this lesson').fill(question);
      await page.getByRole('button', { name: 'Post question' }).click();
      const item = page.getByRole('listitem').filter({ hasText: plain });
      await expect(item.first()).toBeVisible();
      await expect(item.first().locator('strong', { hasText: 'real' })).toBeVisible();

      const creator = await browser.newContext({ storageState: 'e2e/.auth/creator.json' });
      try {
        const cp = await creator.newPage();
        await cp.goto(lesson);
        const mine = cp.getByRole('listitem').filter({ hasText: plain }).first();
        await mine.getByText('Answer', { exact: true }).click();
        await mine
          .getByLabel('Your answer')
          .fill('Start with the exercise at the end of the lesson.');
        await mine.getByRole('button', { name: 'Post answer' }).click();
        await expect(
          mine
            .getByRole('list', { name: 'Answers' })
            // The answer as shown, not the copy in its (closed) edit form.
            .getByRole('paragraph')
            .filter({ hasText: 'Start with the exercise at the end of the lesson.' }),
        ).toBeVisible();
      } finally {
        await creator.close();
      }

      await page.reload();
      const answered = page
        .getByRole('listitem')
        .filter({ hasText: plain })
        .first()
        .getByRole('list', { name: 'Answers' });
      await expect(
        answered
          .getByRole('paragraph')
          .filter({ hasText: 'Start with the exercise at the end of the lesson.' }),
      ).toBeVisible();
      await expect(answered.getByText('Instructor')).toBeVisible();
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
    // Listings stream behind Suspense (revealed by script), so take a course link from the HTML.
    const home = await (await page.request.get('/')).text();
    const href = /href="(\/courses\/[^"#?]+)"/.exec(home)?.[1];
    expect(href).toBeTruthy();
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
