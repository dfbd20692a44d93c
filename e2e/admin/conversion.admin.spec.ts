import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/a11y';

test.use({ viewport: { width: 1440, height: 1000 } });
test.describe.configure({ timeout: 120_000 });

test('[ADMIN][CONVERSION]: admin sees checkouts likely to be abandoned, sends a recovery email, and its unsubscribe link works', async ({
  page,
}) => {
  await page.goto('/admin/models');
  const card = page.getByRole('region', { name: 'Payment success model' });
  // e2e.mjs trains the model once after seeding, on the seed's planted checkouts.
  await expect(card.getByRole('heading', { name: /^Served version \d+$/ })).toBeVisible();
  await expect(card.getByText('AUC of the base rate')).toBeVisible();

  await card.getByRole('button', { name: 'Train now' }).click();
  await expect(card.getByRole('status')).toContainText(
    /Payment success model version \d+ is ready/,
    {
      timeout: 60_000,
    },
  );

  const atRisk = page.getByRole('list', { name: 'Checkouts likely to be abandoned' });
  await expect(atRisk.getByTestId('at-risk-checkout').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const row = atRisk
    .getByTestId('at-risk-checkout')
    .filter({ has: page.getByRole('button', { name: /^Send recovery email/ }) })
    .first();
  const buyer = (await row.locator('dd').nth(0).textContent()) ?? '';
  const course = (await row.locator('dd').nth(1).textContent()) ?? '';
  // The list refreshes after the send and re-sorts, so the row is found again by buyer and course.
  const target = atRisk
    .getByTestId('at-risk-checkout')
    .filter({ hasText: buyer })
    .filter({ hasText: course });
  await row.getByRole('button', { name: /^Send recovery email/ }).click();
  await expect(target.getByText(/^(Recovery email sent\.|Sent)$/)).toBeVisible();

  // After a reload the order shows as sent and offers no second mail.
  await page.reload();
  await expect(target.getByText('Sent', { exact: true })).toBeVisible();
  await expect(target.getByRole('button', { name: /^Send recovery email/ })).toHaveCount(0);

  await page.goto('/dev/mailbox');
  const mail = page.getByTestId('mail-body').filter({ hasText: course }).first();
  const body = (await mail.textContent()) ?? '';
  expect(body).toContain('/courses/');
  const link = /https?:\/\/\S+\/unsubscribe\/checkout\?\S+/.exec(body);
  expect(link, 'an unsubscribe link in the recovery mail').not.toBeNull();
  const url = new URL(link![0]);

  await page.goto(`${url.pathname}${url.search}`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Unsubscribe from checkout reminders' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Unsubscribe' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'You are unsubscribed' })).toBeVisible();

  // A tampered link is refused.
  url.searchParams.set('t', 'A'.repeat(43));
  await page.goto(`${url.pathname}${url.search}`);
  await expect(
    page.getByText('This unsubscribe link is not valid or has been altered.'),
  ).toBeVisible();
});
