import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/a11y';

test.use({ viewport: { width: 1440, height: 1000 } });
test.describe.configure({ timeout: 120_000 });

test('[ADMIN][MODELS]: admin trains the user-interest model and sees the new version with its RMSE', async ({
  page,
}) => {
  await page.goto('/admin/models');
  const card = page.getByTestId('interest-model');
  await expect(card.getByRole('heading', { name: 'User interest model' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await card.getByRole('button', { name: 'Train interest model' }).click();
  const status = card.getByRole('status').filter({ hasText: 'Interest model version' });
  await expect(status).toBeVisible({ timeout: 90_000 });
  const version = Number(/version (\d+)/.exec((await status.textContent()) ?? '')?.[1]);
  expect(version).toBeGreaterThan(0);

  const served = card.getByRole('definition').first();
  await expect(served).toHaveText(`v${version}`);
  const table = card.getByRole('table', { name: 'Recent interest model versions, newest first' });
  const row = table.getByRole('row').filter({ hasText: `v${version} (served)` });
  await expect(row).toContainText('ready');
  await expect(row.getByRole('cell').nth(2)).toHaveText(/^0\.\d+$/);
  await expectNoSeriousA11yViolations(page);
});
