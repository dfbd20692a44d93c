import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/a11y';

test.describe.configure({ timeout: 120_000 });

test('[STUDIO][SUGGEST]: creator writes a description, applies the suggested category and a tag, and the save keeps them', async ({
  page,
}) => {
  const title = `E2E suggest ${Date.now()}`;
  await page.goto('/studio/courses/new');
  await page.getByLabel('Course title').fill(title);
  await page.getByLabel('Category').selectOption({ label: 'Design' });
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/studio\/courses\/[0-9A-Za-z]{22}$/);

  const category = page.getByLabel('Category', { exact: true });
  await expect(category.locator('option:checked')).toHaveText('Design');
  const panel = page.getByRole('region', { name: 'Suggestions' });
  await expect(panel.getByRole('status')).toHaveText(/Write a few sentences/);

  // The draft's whole text is what the suggester reads: a fixed title keeps the run repeatable.
  await page.getByLabel('Title', { exact: true }).fill('Python programming from scratch');
  await page
    .getByLabel('Description', { exact: true })
    .fill(
      'Python 编程入门：变量、函数、循环与面向对象编程，从零写出第一个程序。Programming basics for beginners.',
    );
  const chip = panel.getByRole('button', {
    name: /^Suggested: Programming \d+% \(use this category\)$/,
  });
  await expect(chip).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await chip.click();
  await expect(category.locator('option:checked')).toHaveText('Programming');
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.getByRole('status')).toHaveText(
    'Category set to Programming. Save to keep it.',
  );
  await expect(page.getByText('Unsaved changes')).toBeVisible();

  const tags = page.getByLabel('Tags', { exact: true });
  await expect(tags).toHaveValue('');
  const tagChip = panel.getByRole('group', { name: 'Suggested tags' }).getByRole('button').first();
  const tagName = (await tagChip.getAttribute('aria-label'))!.replace(/^Add tag /, '');
  await tagChip.click();
  await expect(tags).toHaveValue(tagName);
  // The applied tag drops out of the suggestions on the next round.
  await expect(panel.getByRole('button', { name: `Add tag ${tagName}`, exact: true })).toHaveCount(
    0,
  );

  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.reload();
  await expect(category.locator('option:checked')).toHaveText('Programming');
  await expect(tags).toHaveValue(tagName);
});
