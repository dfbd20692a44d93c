import { expect, test, type Page } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/a11y';
import { makePaidCourse } from '../fixtures/paid-course';
import { requestRefundFor } from '../fixtures/refund-request';
import { makeLearnerWithOrder } from '../fixtures/user-with-order';

/** The queue's card for one course, found by its heading. */
const requestFor = (page: Page, courseTitle: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: courseTitle }) });

test.describe('[ADMIN][REFUNDS]', () => {
  test.describe.configure({ timeout: 180_000 });

  test('[ADMIN][REFUNDS]: an admin declines a waiting request from the queue with a reason; it leaves the queue', async ({
    page,
  }) => {
    const learner = await makeLearnerWithOrder();
    await requestRefundFor(learner.courseTitle, 'I bought the wrong course.');

    await page.goto('/admin/refunds');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Refunds and disputes' }),
    ).toBeVisible();
    const card = requestFor(page, learner.courseTitle);
    await expect(card).toContainText(learner.name);
    await expect(card).toContainText("Buyer's reason: I bought the wrong course.");
    await expect(card).toContainText('0 days');
    await expect(card).toContainText('Within the rule');
    await expectNoSeriousA11yViolations(page);

    await card
      .getByLabel('Reason for your decision')
      .fill('The course was delivered as described.');
    await card.getByRole('button', { name: 'Decline' }).click();
    // A decided request leaves the queue when the page re-renders (as in the studio).
    await expect(card).toHaveCount(0);
    await page.reload();
    await expect(requestFor(page, learner.courseTitle)).toHaveCount(0);

    // The order's page shows the decision.
    await page.goto(`/admin/orders/${learner.orderId}`);
    await expect(page.getByText('Request status: rejected')).toBeVisible();
  });

  test('[ADMIN][REFUNDS]: an admin approves a request from the queue; Stripe refunds it and access ends', async ({
    page,
  }) => {
    // A real paid order through the emulator, bought by the admin account itself.
    const course = await makePaidCourse({ priceMinor: 1900, currency: 'USD' });
    await page.goto(`/courses/${course.slug}`);
    await page.getByRole('button', { name: 'Buy now' }).click();
    await page.getByLabel('Card').check();
    await page.getByRole('button', { name: 'Pay' }).click();
    await expect(page.getByRole('heading', { name: 'Payment received' })).toBeVisible();
    const orderId = await requestRefundFor(course.title, 'Bought it twice.');

    await page.goto('/admin/refunds');
    const card = requestFor(page, course.title);
    await expect(card.getByRole('link', { name: orderId })).toBeVisible();
    await card.getByLabel('Reason for your decision').fill('Duplicate purchase, refunded in full.');
    await card.getByRole('button', { name: 'Approve' }).click();
    await expect(card).toHaveCount(0);

    // charge.refunded comes back from the emulator; the order's timeline then shows access ended.
    await page.goto(`/admin/orders/${orderId}`);
    await expect(async () => {
      await page.reload();
      await expect(page.getByText('Access ended')).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 20_000 });
  });

  test('[ADMIN][MONEY]: the disputes view and the money page show their sections', async ({
    page,
  }) => {
    await page.goto('/admin/refunds');
    await page
      .getByRole('navigation', { name: 'Refund views' })
      .getByRole('link', { name: /Disputes/ })
      .click();
    await expect(page).toHaveURL(/view=disputes/);
    await expect(page.getByRole('heading', { level: 2, name: 'Disputes' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page
      .getByRole('navigation', { name: 'Admin navigation' })
      .getByRole('link', { name: 'Money' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Money' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Creator balances' })).toBeVisible();
    // The seeded demo creator has sold courses, so the balances table has rows.
    await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
    await page.getByRole('link', { name: '90 days' }).click();
    await expect(page).toHaveURL(/range=90/);
    await expect(page.getByRole('heading', { level: 2, name: 'In this window' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
