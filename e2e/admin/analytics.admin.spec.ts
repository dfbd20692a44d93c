import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/a11y';
import { expectedPlatformNumbers } from '../fixtures/platform-numbers';

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
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel('From', { exact: true }).fill(day(-200));
    await page.getByLabel('To', { exact: true }).fill(day(-1));
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(new RegExp(`from=${day(-200)}&to=${day(-1)}`));
    const custom = await expectedPlatformNumbers(day(-200), day(-1));
    await expect(page.getByTestId('kpi-paidOrders')).toHaveText(custom.paidOrders);
    await expect(page.getByTestId('kpi-newUsers')).toHaveText(custom.newUsers);
    await expectNoSeriousA11yViolations(page);

    const csv = await page.request.get(`/api/admin/analytics?from=${day(-200)}&to=${day(-1)}`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain(`paid_orders,,,${custom.paidOrders.replace(/,/g, '')}`);
  });
});
