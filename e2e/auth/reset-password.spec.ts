import { expect, test } from '@playwright/test';

import { linkFromMailbox, randomIp, signIn, signUp, uniqueEmail } from '../fixtures/auth-flows';
import { pageAlert } from '../fixtures/alerts';

// Full flows through a production build on two cores: allow more than the 30 s default.
test.describe.configure({ timeout: 90_000 });
test.use({ extraHTTPHeaders: { 'x-forwarded-for': randomIp() } });

test('reset a forgotten password; the link works once and the old password stops working', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const email = uniqueEmail('reset');
  await signUp(page, 'Reset Me', email, 'the old passphrase');

  await page.goto('/forgot-password');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByRole('status')).toContainText('If an account exists');

  const link = await linkFromMailbox(page, email, '/reset-password');
  await page.goto(link);
  await page.getByLabel('New password', { exact: true }).fill('the brand new passphrase');
  await page.getByLabel('Repeat the new password').fill('the brand new passphrase');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.getByRole('status')).toContainText('You can now sign in');

  // No automatic sign-in after a reset.
  const cookies = await page.context().cookies();
  expect(cookies.some((c) => c.name.endsWith('authjs.session-token'))).toBe(false);

  await page.goto(link);
  await page.getByLabel('New password', { exact: true }).fill('yet another passphrase');
  await page.getByLabel('Repeat the new password').fill('yet another passphrase');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(pageAlert(page)).toContainText('invalid, already used or expired');

  await signIn(page, email, 'the old passphrase');
  await expect(pageAlert(page)).toContainText('Email or password is incorrect');
  await signIn(page, email, 'the brand new passphrase');
  await expect(page).not.toHaveURL(/sign-in/);
});
