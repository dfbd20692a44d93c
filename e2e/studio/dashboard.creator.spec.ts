import { expect, test, type Page } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/a11y';
import { expectedStudioNumbers } from '../fixtures/dashboard-numbers';

const CREATOR = 'creator@zhishi.dev';

/** The page's KPIs equal the tables', reread after each load: other specs sell this creator's courses in parallel. */
async function expectSeededKpis(page: Page) {
  await expect(async () => {
    await page.reload();
    const expected = await expectedStudioNumbers(CREATOR);
    const quick = { timeout: 1000 };
    await expect(page.getByTestId('kpi-students')).toContainText(expected.students, quick);
    await expect(page.getByTestId('kpi-courses')).toContainText(expected.courses, quick);
    for (const amount of expected.revenue)
      await expect(page.getByTestId('kpi-revenue')).toContainText(amount, quick);
  }).toPass({ timeout: 30_000 });
}

test.describe('desktop', () => {
  test.use({ viewport: { width: 1440, height: 1000 } });
  // Axe on a full dashboard takes several seconds on a busy two-core CI machine.
  test.describe.configure({ timeout: 60_000 });

  test('[STUDIO][DASHBOARD]: creator sees the seeded KPIs, the chart and their courses', async ({
    page,
  }) => {
    await page.goto('/studio');
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expectSeededKpis(page);

    const chart = page.getByTestId('revenue-chart');
    await expect(chart.locator('.recharts-wrapper > svg.recharts-surface')).toBeVisible();
    await expect(chart.locator('.recharts-bar-rectangle').first()).toBeAttached();
    await expect(page.getByTestId('revenue-chart-summary')).toContainText('Last 30 days');

    const table = page.getByRole('table', { name: 'Your courses' });
    const firstCourse = table.getByRole('link').first();
    await expect(firstCourse).toHaveAttribute('href', /^\/studio\/courses\/[0-9A-Za-z]{22}$/);

    await page.getByRole('link', { name: '90 days' }).click();
    await expect(page).toHaveURL(/\/studio\?range=90$/);
    await expect(page.getByTestId('revenue-chart-summary')).toContainText('Last 90 days');
    await expect(page.getByRole('link', { name: '90 days' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    await expectNoSeriousA11yViolations(page);
  });

  test('[STUDIO][DASHBOARD]: README screenshot of the studio dashboard', async ({ page }) => {
    await page.goto('/studio');
    await expect(
      page.getByTestId('revenue-chart').locator('.recharts-wrapper > svg.recharts-surface'),
    ).toBeVisible();
    await page.screenshot({ path: 'docs/screenshots/studio.png' });
  });

  test('[STUDIO][COURSES]: creator filters the course list by status', async ({ page }) => {
    const expected = await expectedStudioNumbers(CREATOR);
    await page.goto('/studio/courses');
    await expect(page.getByRole('heading', { level: 1, name: 'Courses' })).toBeVisible();
    const filter = page.getByRole('navigation', { name: 'Filter by status' });
    await filter.getByRole('link', { name: /^Draft/ }).click();
    await expect(page).toHaveURL(/status=draft/);
    const rows = page.getByRole('table', { name: /status “Draft”/ }).getByRole('row');
    // Header row plus one row per draft; with no drafts the empty state shows instead.
    if (expected.drafts > 0) await expect(rows).toHaveCount(expected.drafts + 1);
    else await expect(page.getByText('No courses with the status “Draft”.')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  // Two axe passes and two page loads: the same budget as the desktop tests above.
  test.describe.configure({ timeout: 60_000 });

  test('[STUDIO][DASHBOARD]: creator uses the dashboard and the menu sheet on a phone', async ({
    page,
  }) => {
    await page.goto('/studio');
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expectSeededKpis(page);
    await expect(
      page.getByTestId('revenue-chart').locator('.recharts-wrapper > svg.recharts-surface'),
    ).toBeVisible();
    // No sideways scrolling on a phone.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: 'Open the studio menu' }).click();
    const sheet = page.getByRole('dialog', { name: 'Studio navigation' });
    await sheet.getByRole('link', { name: 'Courses' }).click();
    await expect(page).toHaveURL(/\/studio\/courses$/);
    await expect(sheet).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Courses' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
