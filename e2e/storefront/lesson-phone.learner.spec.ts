import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/a11y';
import { findFreshFreeCourse } from '../fixtures/free-course';

test.describe('[STOREFRONT][PLAYER][PHONE]', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test.describe.configure({ timeout: 180_000 });

  test('[STOREFRONT][PLAYER][PHONE]: on a phone the curriculum is a drawer, the page never scrolls sideways, and lessons are studied and completed', async ({
    page,
  }) => {
    const coursePath = await findFreshFreeCourse(page, 'first');
    await page.getByRole('button', { name: 'Enrol for free' }).click();
    await page.getByRole('link', { name: 'Start learning' }).click();
    await expect(page).toHaveURL(/\/learn\/[^/]+\/[0-9A-Za-z]{22}$/);
    const firstLesson = page.url();

    const fitsWidth = () =>
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(await fitsWidth()).toBe(true);
    // The wide-screen aside is hidden; the drawer is closed until opened.
    const drawer = page.locator('details').filter({ hasText: 'Course content' });
    const drawerNav = drawer.getByRole('navigation', { name: 'Course content' });
    await expect(drawerNav).toBeHidden();
    await drawer.locator('summary').click();
    await expect(drawerNav).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    const lessons = await drawerNav
      .getByRole('link')
      .evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''));
    expect(lessons.length).toBeGreaterThan(1);
    // The second lesson, opened from the drawer, then marked complete with a tap.
    await drawerNav.getByRole('link').nth(1).tap();
    await expect(page).toHaveURL(new RegExp(`${lessons[1]!}$`));
    expect(await fitsWidth()).toBe(true);
    await page.getByRole('button', { name: 'Mark complete' }).tap();
    await expect(page.getByRole('status').filter({ hasText: 'Completed' })).toBeVisible();

    await page.reload();
    await drawer.locator('summary').click();
    await expect(drawerNav.getByRole('link', { name: /Completed\)/ })).toHaveCount(1);
    await expect(page.getByTestId('course-progress').first()).not.toHaveText('0% complete');

    // The course page on the phone sends the learner back into the course.
    await page.goto(coursePath);
    expect(await fitsWidth()).toBe(true);
    await page.getByRole('link', { name: /Continue learning|Start learning/ }).click();
    // /learn/<course> redirects to the lesson to resume: one of this course's lessons.
    await expect(page).toHaveURL(/\/learn\/[^/]+\/[0-9A-Za-z]{22}$/);
    expect([firstLesson, ...lessons.map((l) => new URL(l, page.url()).href)]).toContain(page.url());
  });
});
