import { expect, test } from '@playwright/test';

import { expectPageUnderCsp } from '../fixtures/csp';

test('WEB-2: the admin overview renders under the CSP without violations', async ({ page }) => {
  test.setTimeout(60_000);
  await expectPageUnderCsp(page, '/admin', async () => {
    await expect(page.getByTestId('kpi-users')).toBeVisible();
  });
});
