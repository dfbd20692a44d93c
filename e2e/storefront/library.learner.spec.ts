import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/a11y';
import { expectRailLoads, holdRecommendations } from '../fixtures/recs-rail';

test.describe('[STOREFRONT][LIBRARY]', () => {
  test.describe.configure({ timeout: 120_000 });

  test('[STOREFRONT][LIBRARY]: the learner enrols in a free course and finds it in My learning', async ({
    page,
  }) => {
    await page.goto('/');
    const categories = await page
      .locator('#categories')
      .getByRole('link')
      .evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''));
    const links: string[] = [];
    for (const category of categories) {
      await page.goto(`${category}?price=free`);
      links.push(
        ...(await page
          .getByRole('article')
          .getByRole('link')
          .evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''))),
      );
    }
    expect(links.length).toBeGreaterThan(0);

    let enrolledTitle: string | null = null;
    for (const href of links) {
      await page.goto(href);
      const enrol = page.getByRole('button', { name: 'Enrol for free' });
      if (!(await enrol.isVisible())) continue;
      enrolledTitle = await page.getByRole('heading', { level: 1 }).innerText();
      await enrol.click();
      await expect(page.getByRole('link', { name: 'Start learning' })).toBeVisible();
      break;
    }
    expect(enrolledTitle, 'a free course the demo learner has not enrolled in yet').not.toBeNull();

    await page.goto('/library');
    await expect(page.getByRole('heading', { level: 1, name: 'My learning' })).toBeVisible();
    await expect(page.getByRole('heading', { name: enrolledTitle! })).toBeVisible();
    await expect(page.getByRole('progressbar').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('[STOREFRONT][RECS]: My learning shows the learner a personal rail of courses they have not taken', async ({
    page,
  }) => {
    const held = await holdRecommendations(page);
    await page.goto('/library');
    const taken = await page
      .getByRole('heading', { level: 2 })
      .getByRole('link')
      .evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''));
    expect(taken.length, 'the demo learner has enrolments').toBeGreaterThan(0);

    const rail = page.getByRole('region', { name: 'Recommended for you' });
    const hrefs = await expectRailLoads(rail, held);
    expect(held.requests[0]!.searchParams.get('for')).toBe('me');
    for (const href of hrefs) expect(taken).not.toContain(href);

    await rail.getByRole('article').first().getByRole('link').click();
    await expect(page).toHaveURL((url) => url.pathname === hrefs[0]);
    await expect(page.getByRole('heading', { name: 'Course content' })).toBeVisible();
  });

  test('[STOREFRONT][CHECKOUT]: a paid course offers Buy now with its refund rule to a signed-in learner', async ({
    page,
  }) => {
    await page.goto('/categories/programming?price=paid&sort=newest');
    const hrefs = await page
      .getByRole('article')
      .getByRole('link')
      .evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) {
      await page.goto(href);
      const buy = page.getByRole('button', { name: 'Buy now' });
      if (!(await buy.isVisible())) continue;
      await expect(buy).toBeEnabled();
      await expect(page.getByText(/Full refund within 14 days/)).toBeVisible();
      return;
    }
    throw new Error('no paid programming course without an enrolment was found');
  });

  test('[STOREFRONT][NAV]: the account menu offers My learning and sign out', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: /^Account menu for/ }).click();
    await expect(page.getByRole('menuitem', { name: 'My learning' })).toBeVisible();
    await expect(page.getByRole('menuitem', { name: 'Sign out' })).toBeVisible();
  });
});
