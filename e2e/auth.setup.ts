import { expect, test as setup } from '@playwright/test';

import { DEMO_ACCOUNTS, DEMO_ADMIN_TOTP_SECRET } from '../scripts/seed/accounts';

import { randomIp, signIn, totpCode } from './fixtures/auth-flows';

/**
 * Signs in the seeded learner, creator and admin (with a TOTP code) and saves their cookies to
 * e2e/.auth/<role>.json for the per-role projects.
 */
setup.use({ extraHTTPHeaders: { 'x-forwarded-for': randomIp() } });

for (const account of DEMO_ACCOUNTS) {
  setup(`sign in the demo ${account.role}`, async ({ page }) => {
    setup.setTimeout(90_000);
    await signIn(page, account.email, account.password);
    if (account.role === 'admin') {
      await expect(page).toHaveURL(/\/sign-in\/two-factor/);
      // A code is accepted once per 30 s step; wait for a fresh step if this one was just used.
      for (let attempt = 0; attempt < 2; attempt++) {
        await page.getByLabel('Code').fill(totpCode(DEMO_ADMIN_TOTP_SECRET));
        await page.getByRole('button', { name: 'Verify' }).click();
        const left = await page
          .waitForURL((url) => !url.pathname.startsWith('/sign-in'), { timeout: 5_000 })
          .then(
            () => true,
            () => false,
          );
        if (left) break;
        await page.waitForTimeout(31_000 - (Date.now() % 30_000));
      }
    }
    await expect(page).not.toHaveURL(/\/sign-in/);
    await page.context().storageState({ path: `e2e/.auth/${account.role}.json` });
  });
}
