import { readFileSync } from 'node:fs';

import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/a11y';
import { makePaidCourse } from '../fixtures/paid-course';

test.describe('[ADMIN][ORDERS]', () => {
  test.describe.configure({ timeout: 180_000 });

  test('[ADMIN][ORDERS]: find a paid order, refund part of it then the rest with reasons, access ends only when Stripe confirms the full refund, the audit log shows both', async ({
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

    // First part of it: the buyer keeps access, the receipt and timeline show the amount.
    await expect(page.getByRole('heading', { name: 'Refund this order' })).toBeVisible();
    await expect(page.getByText('Leave blank to refund everything left: $25.')).toBeVisible();
    await page.getByLabel('Amount to refund (USD)').fill('10');
    await page.getByLabel('Reason for the refund').fill('Late start, part refunded by support.');
    await page.getByRole('button', { name: 'Refund…' }).click();
    await expect(
      page.getByText('Send this refund to Stripe? This cannot be undone.'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Yes, refund' }).click();
    await expect(page.getByText('Refund sent to Stripe.')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await expect(async () => {
      await page.reload();
      await expect(page.getByText('Amount: $10')).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await expect(page.getByText('Access ended')).toHaveCount(0);
    await expect(page.getByText('Leave blank to refund everything left: $15.')).toBeVisible();

    // Then the rest (amount left blank): access ends when Stripe confirms.
    await page.getByLabel('Reason for the refund').fill('Bought by mistake, refunded by support.');
    await page.getByRole('button', { name: 'Refund…' }).click();
    await page.getByRole('button', { name: 'Yes, refund' }).click();
    await expect(page.getByText('Refund sent to Stripe.')).toBeVisible();

    // charge.refunded reaches the webhook from the emulator; the timeline then shows access ended.
    await expect(async () => {
      await page.reload();
      await expect(page.getByText('Access ended')).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await expect(page.getByText('Amount: $15')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Refund this order' })).toHaveCount(0);

    // The audit log shows who refunded it and why.
    const orderId = page.url().split('/').pop()!;
    await page.goto('/admin/audit');
    await page.getByLabel('Target id').fill(orderId);
    await page.getByRole('button', { name: 'Filter' }).click();
    const entry = page.getByRole('listitem').filter({ hasText: 'refund.admin' });
    await expect(entry).toHaveCount(2);
    await expect(
      entry.filter({ hasText: 'Reason: Bought by mistake, refunded by support.' }),
    ).toHaveCount(1);
    await expect(
      entry.filter({ hasText: 'Reason: Late start, part refunded by support.' }),
    ).toHaveCount(1);
    await expectNoSeriousA11yViolations(page);
  });
});
