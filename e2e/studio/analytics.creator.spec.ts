import { readFile } from 'node:fs/promises';

import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/a11y';
import { pageAlert } from '../fixtures/alerts';

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test.describe('desktop', () => {
  test.use({ viewport: { width: 1440, height: 1000 } });
  // Axe on a page full of charts takes several seconds on a busy two-core machine.
  test.describe.configure({ timeout: 90_000 });

  test('[STUDIO][ANALYTICS]: creator changes the range, picks a course and downloads the CSV', async ({
    page,
  }) => {
    await page.goto('/studio');
    await page
      .getByRole('navigation', { name: 'Studio navigation' })
      .getByRole('link', { name: 'Analytics' })
      .click();
    await expect(page).toHaveURL(/\/studio\/analytics$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Analytics' })).toBeVisible();

    await page.getByRole('link', { name: '90 days' }).click();
    await expect(page).toHaveURL(/\/studio\/analytics\?range=90$/);
    await expect(page.getByRole('link', { name: '90 days' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(page.getByTestId('kpi-views')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Conversion funnel' })).toBeVisible();

    await page.getByLabel('From', { exact: true }).fill(day(-60));
    await page.getByLabel('To', { exact: true }).fill(day(0));
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(new RegExp(`from=${day(-60)}&to=${day(0)}`));
    await expect(page.getByLabel('From', { exact: true })).toHaveValue(day(-60));

    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download CSV' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe(`analytics-${day(-60)}-${day(0)}.csv`);
    const csv = (await readFile(await download.path(), 'utf8')).replace('\uFEFF', '');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toMatch(/^date,views,unique_visitors,checkout_starts,paid_orders,enrolments/);
    expect(lines).toHaveLength(62);

    const picker = page.getByLabel('Course', { exact: true });
    const title = (await picker.locator('option').nth(1).textContent())!.trim();
    await picker.selectOption({ label: title });
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/course=[0-9A-Za-z]{22}/);
    await expect(
      page.getByRole('heading', { level: 1, name: `Analytics: ${title}` }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Lesson drop-off' })).toBeVisible();

    await expectNoSeriousA11yViolations(page);
  });

  test('[STUDIO][ANALYTICS]: a reversed range shows its error instead of failing', async ({
    page,
  }) => {
    await page.goto(`/studio/analytics?from=${day(0)}&to=${day(-5)}`);
    await expect(pageAlert(page)).toContainText('must not be before');
    await expect(page.getByRole('heading', { level: 1, name: 'Analytics' })).toBeVisible();
  });

  test('[STUDIO][STUDENTS]: creator sees their learners without emails', async ({ page }) => {
    await page.goto('/studio/students');
    await expect(page.getByRole('heading', { level: 1, name: 'Students' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Learners enrolled in your courses' });
    await expect(table).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Email' })).toHaveCount(0);
    await expect(table.getByText(/@/)).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });
});
