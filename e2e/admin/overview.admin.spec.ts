import { expect, test, type Page } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/a11y';
import { expectedAdminNumbers } from '../fixtures/dashboard-numbers';

/**
 * The page's numbers equal the tables'. Other specs buy, refund and report in parallel, so the
 * tables are read right after each load, and the page is reloaded until the two agree.
 */
async function expectSeededTotals(page: Page) {
  let expected!: Awaited<ReturnType<typeof expectedAdminNumbers>>;
  await expect(async () => {
    await page.reload();
    expected = await expectedAdminNumbers();
    const quick = { timeout: 1000 };
    await expect(page.getByTestId('kpi-users')).toContainText(expected.users, quick);
    await expect(page.getByTestId('kpi-paid-orders')).toContainText(expected.paidOrders, quick);
    const queue = page.getByTestId('moderation-queue');
    await expect(queue.getByRole('definition').first()).toHaveText(expected.coursesInReview, quick);
    await expect(queue.getByRole('definition').nth(1)).toHaveText(expected.openReports, quick);
    const orders = page.getByRole('table', { name: 'Recent orders' });
    if (expected.latestOrderId && (await orders.isVisible()))
      await expect(orders.getByRole('rowheader').first()).toHaveText(expected.latestOrderId, quick);
  }).toPass({ timeout: 30_000 });
  return expected;
}

test.describe('desktop', () => {
  test.use({ viewport: { width: 1440, height: 1000 } });
  // Axe on a full dashboard takes several seconds on a busy two-core CI machine.
  test.describe.configure({ timeout: 60_000 });

  test('[ADMIN][OVERVIEW]: admin sees platform totals, the activity chart, the queue and recent orders', async ({
    page,
  }) => {
    await page.goto('/admin');
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await expectSeededTotals(page);

    const chart = page.getByTestId('activity-chart');
    await expect(chart.locator('.recharts-wrapper > svg.recharts-surface')).toBeVisible();
    await expect(page.getByTestId('activity-chart-summary')).toContainText('Last 30 days');

    const orders = page.getByRole('table', { name: 'Recent orders' });
    await expect(orders.getByRole('row')).toHaveCount(11);

    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: 'docs/screenshots/admin.png' });
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('[ADMIN][OVERVIEW]: admin reads the overview on a phone without sideways scrolling', async ({
    page,
  }) => {
    await page.goto('/admin');
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await expectSeededTotals(page);
    await expect(
      page.getByTestId('activity-chart').locator('.recharts-wrapper > svg.recharts-surface'),
    ).toBeVisible();
    await expect(
      page.getByRole('list', { name: 'Recent orders' }).getByRole('listitem'),
    ).toHaveCount(10);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: 'Open the admin menu' }).click();
    await expect(
      page
        .getByRole('dialog', { name: 'Admin navigation' })
        .getByRole('link', { name: 'Overview' }),
    ).toHaveAttribute('aria-current', 'page');
  });
});
