import { expect, test } from '@playwright/test';

import {
  randomIp,
  signIn,
  signOutViaHeader,
  signUp,
  totpCode,
  uniqueEmail,
} from '../fixtures/auth-flows';

// Full flows through a production build on two cores: allow more than the 30 s default.
test.describe.configure({ timeout: 90_000 });
test.use({ extraHTTPHeaders: { 'x-forwarded-for': randomIp() } });

test('turn on two-factor sign-in and sign in with a code', async ({ page }) => {
  test.setTimeout(90_000);
  const email = uniqueEmail('totp');
  const password = 'two factors beat one';
  await signUp(page, 'Two Factor', email, password);
  await signIn(page, email, password);
  await expect(page).not.toHaveURL(/sign-in/);

  await page.goto('/account/security/two-factor');
  await page.getByRole('button', { name: 'Start setup' }).click();
  await expect(page.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
  const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
  await page.getByLabel('6-digit code').fill(totpCode(secret));
  await page.getByLabel('Current password').fill(password);
  await page.getByRole('button', { name: 'Turn on' }).click();
  await expect(page.getByTestId('recovery-codes').getByRole('listitem')).toHaveCount(10);

  await signOutViaHeader(page);
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/sign-in\/two-factor/);
  await page.getByLabel('Code').fill('000000');
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByText('That code did not work.')).toBeVisible();
  await page.getByLabel('Code').fill(totpCode(secret));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).not.toHaveURL(/sign-in/);
  await page.goto('/account/security');
  await expect(page.getByText('On: signing in needs a code')).toBeVisible();
});
