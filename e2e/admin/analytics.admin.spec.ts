import { expect, test, type Page } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/a11y';
import { expectedPlatformNumbers } from '../fixtures/platform-numbers';

/**
 * The figures on the page equal plain SQL over the same days: the key figures, the daily chart's
 * total, the funnel totals per segment and the cohort rows. Other specs view, buy and sign up in
 * parallel, so the tables are read right after each load and the page is reloaded until both agree.
 */
async function expectFigures(page: Page, from: string, to: string) {
  let want!: Awaited<ReturnType<typeof expectedPlatformNumbers>>;
  await expect(async () => {
    await page.reload();
    want = await expectedPlatformNumbers(from, to);
    const quick = { timeout: 1000 };
    await expect(page.getByTestId('kpi-paidOrders')).toHaveText(want.paidOrders, quick);
    await expect(page.getByTestId('kpi-newUsers')).toHaveText(want.newUsers, quick);
    await expect(page.getByTestId('sales-chart-summary')).toContainText(
      `${want.paidOrders} paid order`,
      quick,
    );
    const bandTotal = page
      .getByTestId('segments-priceBand')
      .getByRole('row', { name: /^Total/ })
      .getByRole('cell');
    await expect(bandTotal.nth(0)).toHaveText(want.views, quick);
    await expect(bandTotal.nth(1)).toHaveText(want.checkouts, quick);
    await expect(bandTotal.nth(2)).toHaveText(want.paidOrders, quick);
    const methodTotal = page
      .getByTestId('segments-method')
      .getByRole('row', { name: /^Total/ })
      .getByRole('cell');
    await expect(methodTotal.nth(1)).toHaveText(want.paidOrders, quick);
    const cohorts = page.getByRole('table', { name: /Share of each sign-up week/ });
    await expect(cohorts.locator('tbody tr')).toHaveCount(want.cohortWeeks, quick);
  }).toPass({ timeout: 30_000 });
  return want;
}

/** What the new sections say about themselves: the chart is drawn, splits start where they can. */
async function expectSections(page: Page) {
  await expect(page.getByRole('heading', { name: 'Paid orders and GMV per day' })).toBeVisible();
  await expect(
    page.getByTestId('sales-chart').locator('.recharts-wrapper > svg.recharts-surface'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Funnel by segment' })).toBeVisible();
  const devices = page.getByTestId('segments-device');
  await expect(devices.getByRole('heading', { name: 'By device' })).toBeVisible();
  await expect(devices.getByRole('columnheader', { name: 'Views' })).toHaveCount(0);
  await expect(devices).toContainText('this split starts at checkout');
  await expect(page.getByRole('heading', { name: 'Weekly cohort retention' })).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: /Share of each sign-up week/ })
      .getByRole('columnheader', { name: 'Week 0', exact: true }),
  ).toBeVisible();
}

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test.describe('[ADMIN][ANALYTICS]', () => {
  test.describe.configure({ timeout: 90_000 });

  test('[ADMIN][ANALYTICS]: admin sees the platform figures for the default range and a changed one', async ({
    page,
  }) => {
    await page.goto('/admin');
    await page
      .getByRole('navigation', { name: 'Admin navigation' })
      .getByRole('link', { name: 'Analytics' })
      .click();
    await expect(page).toHaveURL(/\/admin\/analytics$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Platform analytics' })).toBeVisible();

    await expectFigures(page, day(-29), day(0));
    await expectSections(page);
    await expect(page.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      `/api/admin/analytics?from=${day(-29)}&to=${day(0)}`,
    );
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel('From', { exact: true }).fill(day(-200));
    await page.getByLabel('To', { exact: true }).fill(day(-1));
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(new RegExp(`from=${day(-200)}&to=${day(-1)}`));
    const custom = await expectFigures(page, day(-200), day(-1));
    await expectSections(page);
    await expectNoSeriousA11yViolations(page);

    const csv = await page.request.get(`/api/admin/analytics?from=${day(-200)}&to=${day(-1)}`);
    expect(csv.status()).toBe(200);
    const body = await csv.text();
    expect(body).toContain(`paid_orders,,,${custom.paidOrders.replace(/,/g, '')}`);
    expect(body).toContain(`paid_orders_day,,${day(-1)},`);
    expect(body).toMatch(/funnel_price_band_views,,band\d,\d+/);
  });

  test('[ADMIN][ANALYTICS]: admin reads the analytics on a phone without sideways scrolling', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 412, height: 900 });
    await page.goto('/admin/analytics?range=90');
    await expectSections(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
