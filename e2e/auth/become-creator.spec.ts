import { expect, test } from '@playwright/test';

import { randomIp, signIn, signUp, uniqueEmail, verifyEmail } from '../fixtures/auth-flows';

// Full flows through a production build on two cores: allow more than the 30 s default.
test.describe.configure({ timeout: 90_000 });
test.use({ extraHTTPHeaders: { 'x-forwarded-for': randomIp() } });

test('a learner becomes a creator and lands in the studio', async ({ page }) => {
  const email = uniqueEmail('creator');
  await signUp(page, 'Future Teacher', email, 'teaching is learning twice');
  await signIn(page, email, 'teaching is learning twice');
  await expect(page).not.toHaveURL(/sign-in/);

  await page.goto('/studio');
  await expect(page).toHaveURL(/\/forbidden/);

  // An unconfirmed address cannot become a creator: the page says so and shows no form.
  await page.goto('/become-creator');
  await expect(page.getByTestId('verify-first')).toBeVisible();
  await expect(page.getByLabel('Display name')).toHaveCount(0);
  await verifyEmail(page, email);

  await page.goto('/become-creator');
  await page.getByLabel('Display name').fill('王老师');
  await page.getByLabel('Headline').fill('Go 语言讲师');
  await page.getByLabel('About you').fill('十年后端开发经验。');
  await page.getByLabel('Payout country or region').selectOption('CN');
  await page.getByRole('button', { name: 'Create my creator profile' }).click();
  await expect(page).toHaveURL(/\/studio/);
  // The studio now opens for this account instead of sending it to /forbidden.
  await page.goto('/studio');
  await expect(page).toHaveURL(/\/studio$/);
});
