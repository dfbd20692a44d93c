import { expect, test, type Locator } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/a11y';

/** The number in "Version 3" or "… version 3 is now served." */
async function versionIn(locator: Locator): Promise<number> {
  const match = /version (\d+)/i.exec((await locator.textContent()) ?? '');
  expect(match, `a version number in "${await locator.textContent()}"`).not.toBeNull();
  return Number(match![1]);
}

test.use({ viewport: { width: 1440, height: 1000 } });
// A build of the seeded demo takes several seconds, axe runs twice, and the machine may be busy.
test.describe.configure({ timeout: 120_000 });

test('[ADMIN][MODELS]: admin sees the served version and rebuilds recommendations from the page', async ({
  page,
}) => {
  await page.goto('/admin');
  await page
    .getByRole('navigation', { name: 'Admin navigation' })
    .getByRole('link', { name: 'Models' })
    .click();
  await expect(page).toHaveURL(/\/admin\/models$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Models' })).toBeVisible();

  // e2e.mjs builds the model once after seeding, so a recommendations version is served.
  const served = page.getByRole('region', { name: 'Recommendations' });
  const servedVersion = served.getByText(/^Version \d+$/);
  const before = await versionIn(servedVersion);
  const table = page.getByRole('table', { name: /most recent model versions/ });
  const servedRow = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: `Version ${before}`, exact: true }) })
    .filter({ hasText: 'Recommendations' });
  await expect(servedRow).toContainText('Ready');
  await expect(servedRow).toContainText('Served');
  await expectNoSeriousA11yViolations(page);

  // Hold the action's answer for a moment so the pending state is seen even on a fast machine.
  await page.route('**/admin/models', async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    const response = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    return route.fulfill({ response });
  });
  await page.getByRole('button', { name: 'Rebuild recommendations now' }).click();
  await expect(page.getByRole('button', { name: 'Building…' })).toBeDisabled();

  const status = page.getByRole('status').filter({ hasText: 'Recommendations rebuilt' });
  await expect(status).toContainText(/version \d+ is now served/, { timeout: 90_000 });
  const after = await versionIn(status);
  expect(after).toBeGreaterThan(before);
  await expect(page.getByRole('button', { name: 'Rebuild recommendations now' })).toBeEnabled();

  // The action refreshes the page: the new version is served, the old one is kept but not served.
  await expect(served.getByText(`Version ${after}`, { exact: true })).toBeVisible();
  const newRow = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: `Version ${after}`, exact: true }) })
    .filter({ hasText: 'Recommendations' });
  await expect(newRow).toContainText('Served');
  await expect(servedRow).not.toContainText('Served');
  await expectNoSeriousA11yViolations(page);
});
