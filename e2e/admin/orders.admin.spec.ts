import { readFileSync } from 'node:fs';

import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/a11y';
import { makePaidCourse } from '../fixtures/paid-course';

test.describe('[ADMIN][ORDERS]', () => {
  test.describe.configure({ timeout: 180_000 });

  test('[ADMIN][ORDERS]: find a paid order, refund it in full with a reason, access ends when Stripe confirms, the audit log shows it', async ({
    page,
  }) => {
    // A real paid order through the emulator, bought by the admin account itself.
    const course = await makePaidCourse({ priceMinor: 2500, currency: 'USD' });
    await page.goto(`/courses/${course.slug}`);
    await page.getByRole('button', { name: 'Buy now' }).click();
    await page.getByLabel('Card').check();
    await page.getByRole('button', { name: 'Pay' }).click();
    await expect(page.getByRole('heading', { name: 'Payment received' })).toBeVisible();

    await page.goto('/admin/orders');
    await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible();
    // The seeded orders fill several pages; the page links keep working.
    const pager = page.getByRole('navigation', { name: 'Pages' });
    await pager.getByRole('link', { name: 'Next' }).click();
    await expect(page).toHaveURL(/[?&]page=2/);
    await expect(pager.getByRole('link', { name: 'Page 2' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await page.getByLabel('Order id, buyer name or email, course').fill(course.title);
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByText('1 order', { exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    // The CSV holds the filtered rows: the header and this one order.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('orders.csv');
    const csv = readFileSync(await download.path(), 'utf8')
      .trim()
      .split('\r\n');
    expect(csv).toHaveLength(2);
    expect(csv[1]).toContain(`,${course.title},`);
    expect(csv[1]).toMatch(/,paid,.*,card,USD,25,0,25$/);
    await page.getByRole('row').filter({ hasText: course.title }).getByRole('link').click();

    await expect(page.getByRole('heading', { name: 'Refund this order' })).toBeVisible();
    await page.getByLabel('Reason for the refund').fill('Bought by mistake, refunded by support.');
    await page.getByRole('button', { name: 'Refund in full…' }).click();
    await expect(page.getByText('Refund the whole amount? This cannot be undone.')).toBeVisible();
    await page.getByRole('button', { name: 'Yes, refund' }).click();
    await expect(page.getByText('Refund sent to Stripe.')).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // charge.refunded reaches the webhook from the emulator; the timeline then shows access ended.
    await expect(async () => {
      await page.reload();
      await expect(page.getByText('Access ended')).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await expect(page.getByRole('heading', { name: 'Refund this order' })).toHaveCount(0);

    // The audit log shows who refunded it and why.
    const orderId = page.url().split('/').pop()!;
    await page.goto('/admin/audit');
    await page.getByLabel('Target id').fill(orderId);
    await page.getByRole('button', { name: 'Filter' }).click();
    const entry = page.getByRole('listitem').filter({ hasText: 'refund.admin' });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText('Reason: Bought by mistake, refunded by support.');
    await expectNoSeriousA11yViolations(page);
  });
});
