import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/a11y';

test('[ADMIN][SETTINGS]: the settings page shows the values in force and saving them unchanged writes nothing', async ({
  page,
}) => {
  await page.goto('/admin');
  await page.getByRole('link', { name: 'Settings' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Platform settings' })).toBeVisible();
  // The seeded platform uses the defaults (other specs rely on the 14-day rule, so this one never changes it).
  await expect(page.getByLabel('Platform fee (%)')).toHaveValue('20');
  await expect(page.getByLabel('Refund window (days)')).toHaveValue('14');
  await expect(page.getByLabel('Most of a course studied for a refund (%)')).toHaveValue('30');
  await expect(
    page.getByLabel("Creators can see their students' email addresses"),
  ).not.toBeChecked();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel('Reason for the change').fill('Checking the form');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nothing changed.' })).toBeVisible();
});
