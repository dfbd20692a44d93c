import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/a11y';
import { makeLearnerWithOrder } from '../fixtures/user-with-order';

test.describe('[ADMIN][USERS]', () => {
  test('[ADMIN][USERS]: admin opens a user from the list, sees their order and forces a password reset', async ({
    page,
  }) => {
    const learner = await makeLearnerWithOrder();
    await page.goto('/admin/users');
    await page.getByLabel('Search by name, email or id').fill(learner.email);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: learner.name }).click();

    await expect(page.getByRole('heading', { level: 1, name: learner.name })).toBeVisible();
    const orders = page.getByRole('region', { name: 'Orders' });
    await expect(orders.getByRole('link', { name: learner.orderId })).toHaveAttribute(
      'href',
      `/admin/orders/${learner.orderId}`,
    );
    await expect(orders).toContainText(learner.courseTitle);
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel('Reason for the reset (optional)').fill('Password seen in a leak');
    await page.getByRole('button', { name: 'Force password reset' }).click();
    await expect(page.getByText('a reset link was sent')).toBeVisible();
    await page.reload();
    await expect(page.getByText('Password reset required')).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Audit history' }).getByText('user.force_password_reset'),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
