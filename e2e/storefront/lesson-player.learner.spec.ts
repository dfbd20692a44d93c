import { expect, test, type Page } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/a11y';
import { countLessonEvents } from '../fixtures/behaviour-events';
import { findFreshFreeCourse } from '../fixtures/free-course';

const media = (page: Page) => page.getByTestId('lesson-media');
const currentTime = (page: Page) => media(page).evaluate((el: HTMLMediaElement) => el.currentTime);

test.describe('[STOREFRONT][PLAYER]', () => {
  test.describe.configure({ timeout: 180_000 });

  test('[STOREFRONT][PLAYER]: a learner enrols, stops a video at 0:20, resumes there and completes the course', async ({
    page,
  }) => {
    const coursePath = await findFreshFreeCourse(page, 'last');
    await page.getByRole('button', { name: 'Enrol for free' }).click();
    await page.getByRole('link', { name: 'Start learning' }).click();
    await expect(page).toHaveURL(/\/learn\/[^/]+\/[0-9A-Za-z]{22}$/);
    const lessonUrl = page.url();

    await expect
      .poll(() => media(page).evaluate((el: HTMLMediaElement) => el.readyState))
      .toBeGreaterThanOrEqual(1);
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/api/progress') && r.request().method() === 'POST',
    );
    await media(page).evaluate((el: HTMLMediaElement) => {
      el.currentTime = 20;
    });
    expect((await saved).status()).toBe(200);
    await expectNoSeriousA11yViolations(page);
    // Playing records a lesson start through the behaviour-event beacon (sent on leaving at the latest).
    const lessonId = lessonUrl.split('/').pop()!;
    const startsBefore = await countLessonEvents('lesson_start', lessonId);
    await media(page).evaluate((el: HTMLMediaElement) => {
      el.muted = true;
      return el.play().then(() => el.pause());
    });

    // Leave, come back through "Continue": the player starts at 0:20.
    await page.goto('/library');
    await expect.poll(() => countLessonEvents('lesson_start', lessonId)).toBe(startsBefore + 1);
    await page.goto(coursePath);
    await page.getByRole('link', { name: /Continue learning|Start learning/ }).click();
    await expect(page).toHaveURL(lessonUrl);
    await expect.poll(() => currentTime(page)).toBeGreaterThanOrEqual(19);
    expect(await currentTime(page)).toBeLessThan(22);

    // Complete every lesson through "Mark complete".
    const lessons = await page
      .getByRole('navigation', { name: 'Course content' })
      .last()
      .getByRole('link')
      .evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''));
    expect(lessons.length).toBeGreaterThan(1);
    for (const href of lessons) {
      await page.goto(href);
      await page.getByRole('button', { name: 'Mark complete' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Completed' })).toBeVisible();
    }
    await page.reload();
    await expect(page.getByTestId('course-progress').last()).toHaveText('100% complete');
    const nav = page.getByRole('navigation', { name: 'Course content' }).last();
    await expect(nav.getByRole('link', { name: /Completed\)/ })).toHaveCount(lessons.length);
    await page.goto('/library');
    await expect(page.getByText('Completed').first()).toBeVisible();
  });
});
