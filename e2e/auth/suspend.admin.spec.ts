import { expect, test } from '@playwright/test';

import { randomIp, signIn, signUp, uniqueEmail } from '../fixtures/auth-flows';
import { pageAlert } from '../fixtures/alerts';

// Full flows through a production build on two cores: allow more than the 30 s default.
test.describe.configure({ timeout: 90_000 });
test.use({ extraHTTPHeaders: { 'x-forwarded-for': randomIp() } });

test('an admin suspends a user and that user’s next request is refused', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const victimContext = await browser.newContext({
    storageState: undefined,
    extraHTTPHeaders: { 'x-forwarded-for': randomIp() },
  });
  const victim = await victimContext.newPage();
  const email = uniqueEmail('suspend');
  await signUp(victim, 'Soon Suspended', email, 'a perfectly fine passphrase');
  await signIn(victim, email, 'a perfectly fine passphrase');
  await expect(victim).not.toHaveURL(/sign-in/);
  await victim.goto('/account');
  await expect(victim.getByRole('heading', { name: 'Profile', level: 1 })).toBeVisible();

  await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  const row = page.getByTestId(`user-row-${email}`);
  await row.getByLabel('Why is this account suspended?').fill('Spam in comments');
  await row.getByRole('button', { name: 'Suspend' }).click();
  await expect(row.getByRole('status')).toContainText('suspended');

  await victim.goto('/account');
  await expect(victim).toHaveURL(/\/sign-in/);
  await signIn(victim, email, 'a perfectly fine passphrase');
  await expect(pageAlert(victim)).toContainText('suspended');
  await victimContext.close();
});
