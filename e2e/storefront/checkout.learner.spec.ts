import { expect, test, type Page } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/a11y';
import { pageAlert } from '../fixtures/alerts';
import { makePaidCourse } from '../fixtures/paid-course';

/** From the course page through the emulator's hosted checkout back to the success page. */
async function buy(page: Page, slug: string, method: 'Card' | 'Alipay') {
  await page.goto(`/courses/${slug}`);
  await expect(page.getByText(/Full refund within 14 days/)).toBeVisible();
  await page.getByRole('button', { name: 'Buy now' }).click();
  await expect(page.getByRole('heading', { name: 'Local Stripe emulator checkout' })).toBeVisible();
  await page.getByLabel(method).check();
  await page.getByRole('button', { name: 'Pay' }).click();
  await expect(page.getByRole('heading', { name: 'Payment received' })).toBeVisible();
}

test.describe('[STOREFRONT][CHECKOUT]', () => {
  test.describe.configure({ timeout: 180_000 });

  test('[STOREFRONT][CHECKOUT]: buy by card, see timeline and receipt, refund approved by the creator, access ends, ledger reversal', async ({
    page,
    browser,
  }) => {
    const course = await makePaidCourse({ priceMinor: 1999, currency: 'USD' });
    await buy(page, course.slug, 'Card');
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('link', { name: 'View order and receipt' }).click();
    await expect(page.getByRole('heading', { name: 'Receipt' })).toBeVisible();
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await expect(timeline.getByText('Access granted')).toBeVisible();
    const receipt = page.getByRole('region', { name: 'Receipt' });
    await expect(receipt.getByText('Card', { exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    const orderUrl = page.url();

    // A paid lesson is open to the buyer now: /learn picks the first lesson and shows its body.
    await page.goto(`/learn/${course.slug}`);
    await expect(page.getByText('Lesson body')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'This lesson is locked' })).toHaveCount(0);
    await page.goto(orderUrl);

    await page.getByLabel('Why do you want a refund?').fill('Not what I expected, sorry.');
    await page.getByRole('button', { name: 'Request refund' }).click();
    // The page re-renders with the request's status in place of the form.
    await expect(page.getByText('Refund status: Requested')).toBeVisible();

    const creator = await browser.newContext({ storageState: 'e2e/.auth/creator.json' });
    const studio = await creator.newPage();
    await studio.goto('/studio/refunds');
    const request = studio.getByRole('listitem').filter({ hasText: course.title });
    await expectNoSeriousA11yViolations(studio);
    await request.getByLabel('Reason for your decision').fill('Refund within the rule.');
    await request.getByRole('button', { name: 'Approve' }).click();
    // Decided requests leave the list when the page re-renders.
    await expect(request).toHaveCount(0);

    // Access ends when the emulator's charge.refunded reaches the webhook.
    await expect(async () => {
      await page.goto(orderUrl);
      await expect(page.getByText('Access ended')).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await page.goto(`/courses/${course.slug}`);
    await expect(page.getByRole('button', { name: 'Buy now' })).toBeVisible();
    await page.goto(`/learn/${course.slug}`);
    await expect(page.getByRole('heading', { name: 'This lesson is locked' })).toBeVisible();
    await expect(page.getByText('Lesson body')).toHaveCount(0);

    await studio.goto('/studio/earnings');
    const rows = studio.getByRole('row').filter({ hasText: course.title });
    await expect(rows.filter({ hasText: 'Sale' })).toHaveCount(1);
    await expect(rows.filter({ hasText: 'Refund' }).filter({ hasText: '-$19.99' })).toHaveCount(1);
    await expectNoSeriousA11yViolations(studio);
    await creator.close();
  });

  test('[STOREFRONT][CHECKOUT]: buy with Alipay; the order page names the method', async ({
    page,
  }) => {
    const course = await makePaidCourse({ priceMinor: 8800, currency: 'CNY' });
    await buy(page, course.slug, 'Alipay');
    await page.getByRole('link', { name: 'View order and receipt' }).click();
    await expect(
      page.getByRole('region', { name: 'Receipt' }).getByText('Alipay', { exact: true }),
    ).toBeVisible();
  });

  test('[STOREFRONT][CHECKOUT]: a course sold in USD and CNY: the learner switches to CNY and pays that price with WeChat Pay', async ({
    page,
  }) => {
    const course = await makePaidCourse({
      priceMinor: 1999,
      currency: 'USD',
      alt: { priceMinor: 13900, currency: 'CNY' },
    });
    await page.goto(`/courses/${course.slug}`);
    const currencies = page.getByRole('navigation', { name: 'Pay in' });
    await expect(currencies.getByRole('link', { name: /USD/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await currencies.getByRole('link', { name: /CNY/ }).click();
    await expect(page).toHaveURL(/currency=CNY/);
    await expect(currencies.getByRole('link', { name: /CNY/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await expect(page.getByText('CN¥139', { exact: true }).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Buy now' }).click();
    await expect(page.getByText('Total: CNY 139.00')).toBeVisible();
    await page.getByLabel('WeChat Pay').check();
    await page.getByRole('button', { name: 'Pay' }).click();
    await expect(page.getByRole('heading', { name: 'Payment received' })).toBeVisible();
    await page.getByRole('link', { name: 'View order and receipt' }).click();
    const receipt = page.getByRole('region', { name: 'Receipt' });
    await expect(receipt.getByText('WeChat Pay', { exact: true })).toBeVisible();
    await expect(receipt.getByText(/CN¥139/).first()).toBeVisible();
  });

  test('[STOREFRONT][CHECKOUT]: a declined card shows the reason, leaves the order pending, and a retry succeeds', async ({
    page,
  }) => {
    const course = await makePaidCourse({ priceMinor: 2500, currency: 'USD' });
    await page.goto(`/courses/${course.slug}`);
    await page.getByRole('button', { name: 'Buy now' }).click();
    await page.getByLabel('Decline reason').selectOption('insufficient_funds');
    await page.getByRole('button', { name: 'Decline' }).click();
    await expect(pageAlert(page)).toHaveText('Your card has insufficient funds.');

    await page.goto('/orders');
    await expectNoSeriousA11yViolations(page);
    const row = page.getByRole('listitem').filter({ hasText: course.title });
    await expect(row.getByText('Pending')).toBeVisible();
    await row.getByRole('link').click();
    await expect(page.getByText('Last payment attempt failed')).toContainText(
      'Your card has insufficient funds.',
    );
    await page.getByRole('button', { name: 'Buy now' }).click();
    await page.getByRole('button', { name: 'Pay' }).click();
    await expect(page.getByRole('heading', { name: 'Payment received' })).toBeVisible();
  });
});
