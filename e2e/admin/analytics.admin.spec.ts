import { expect, test, type Page } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/a11y';
import { expectedPlatformNumbers } from '../fixtures/platform-numbers';

type Numbers = Awaited<ReturnType<typeof expectedPlatformNumbers>>;

/** The chart, the funnel per segment and the cohort table, with their totals equal to SQL. */
async function expectNewSections(page: Page, want: Numbers) {
  await expect(page.getByRole('heading', { name: 'Paid orders and GMV per day' })).toBeVisible();
  await expect(page.getByTestId('sales-chart-summary')).toContainText(
    `${want.paidOrders} paid order`,
  );
  await expect(
    page.getByTestId('sales-chart').locator('.recharts-wrapper > svg.recharts-surface'),
  ).toBeVisible();

  await expect(page.getByRole('heading', { name: 'Funnel by segment' })).toBeVisible();
  const bands = page.getByTestId('segments-priceBand');
  const total = bands.getByRole('row', { name: /^Total/ }).getByRole('cell');
  await expect(total.nth(0)).toHaveText(want.views);
  await expect(total.nth(1)).toHaveText(want.checkouts);
  await expect(total.nth(2)).toHaveText(want.paidOrders);
  const devices = page.getByTestId('segments-device');
  await expect(devices.getByRole('heading', { name: 'By device' })).toBeVisible();
  await expect(devices.getByRole('columnheader', { name: 'Views' })).toHaveCount(0);
  await expect(devices).toContainText('this split starts at checkout');
  const methods = page.getByTestId('segments-method');
  await expect(
    methods
      .getByRole('row', { name: /^Total/ })
      .getByRole('cell')
      .nth(1),
  ).toHaveText(want.paidOrders);

  await expect(page.getByRole('heading', { name: 'Weekly cohort retention' })).toBeVisible();
  const cohorts = page.getByRole('table', { name: /Share of each sign-up week/ });
  if (want.cohortWeeks === 0) {
    await expect(page.getByText('Nobody signed up in this range.')).toBeVisible();
    return;
  }
  await expect(cohorts.getByRole('columnheader', { name: 'Week 0', exact: true })).toBeVisible();
  await expect(cohorts.locator('tbody tr')).toHaveCount(want.cohortWeeks);
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

    const last30 = await expectedPlatformNumbers(day(-29), day(0));
    await expect(page.getByTestId('kpi-paidOrders')).toHaveText(last30.paidOrders);
    await expect(page.getByTestId('kpi-newUsers')).toHaveText(last30.newUsers);
    await expect(page.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      `/api/admin/analytics?from=${day(-29)}&to=${day(0)}`,
    );
    await expectNewSections(page, last30);
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel('From', { exact: true }).fill(day(-200));
    await page.getByLabel('To', { exact: true }).fill(day(-1));
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(new RegExp(`from=${day(-200)}&to=${day(-1)}`));
    const custom = await expectedPlatformNumbers(day(-200), day(-1));
    await expect(page.getByTestId('kpi-paidOrders')).toHaveText(custom.paidOrders);
    await expect(page.getByTestId('kpi-newUsers')).toHaveText(custom.newUsers);
    await expectNewSections(page, custom);
    await expectNoSeriousA11yViolations(page);

    const csv = await page.request.get(`/api/admin/analytics?from=${day(-200)}&to=${day(-1)}`);
    expect(csv.status()).toBe(200);
    const body = await csv.text();
    expect(body).toContain(`paid_orders,,,${custom.paidOrders.replace(/,/g, '')}`);
    expect(body).toContain(`paid_orders_day,,${day(-1)},`);
    expect(body).toMatch(/funnel_price_band_views,,band\d,\d+/);
  });
});
