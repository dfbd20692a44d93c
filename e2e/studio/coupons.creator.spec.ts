import { expect, test } from '@playwright/test';
import { createConnection, type RowDataPacket } from 'mysql2/promise';

import { makePaidCourse } from '../fixtures/paid-course';

async function courseIdOf(slug: string): Promise<string> {
  const conn = await createConnection({
    uri: process.env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/zhishi',
  });
  try {
    const [rows] = await conn.query<RowDataPacket[]>('SELECT id FROM courses WHERE slug = ?', [
      slug,
    ]);
    return rows[0]!.id as string;
  } finally {
    await conn.end();
  }
}

test.describe.configure({ timeout: 90_000 });

test('[STUDIO][PRICING][COUPONS]: creator prices a course, makes a coupon and its link shows the discounted price', async ({
  page,
}) => {
  const { slug } = await makePaidCourse({ priceMinor: 2000, currency: 'USD' });
  const id = await courseIdOf(slug);

  await page.goto(`/studio/courses/${id}/pricing`);
  const tabs = page.getByRole('navigation', { name: 'Course sections' });
  await expect(tabs.getByRole('link', { name: 'Pricing' })).toHaveAttribute('aria-current', 'page');
  await page.getByLabel('Type').selectOption('paid');
  await page.getByLabel('Currency').selectOption('USD');
  await page.getByLabel('Price', { exact: true }).fill('0.10');
  await page.getByRole('button', { name: 'Save price' }).click();
  await expect(page.getByText('A paid price must be at least US$0.50 or ¥4.00.')).toBeVisible();
  await page.getByLabel('Price', { exact: true }).fill('19.99');
  // The same course also sells in CNY.
  await page.getByLabel('Second price (optional)').fill('¥139');
  await page.getByRole('button', { name: 'Save price' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Price saved.' })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('current-price')).toContainText('$19.99 or CN¥139');
  await expect(page.getByLabel('Second price (optional)')).toHaveValue('139.00');

  await tabs.getByRole('link', { name: 'Coupons' }).click();
  await expect(page).toHaveURL(new RegExp(`/studio/courses/${id}/coupons$`));
  await expect(page.getByText('No coupons yet')).toBeVisible();
  await page.getByLabel('Discount type').selectOption('percent');
  await page.getByLabel('Discount', { exact: true }).fill('25');
  await page.getByLabel('Maximum uses (optional)').fill('5');
  await page.getByRole('button', { name: 'Create coupon' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Coupon created.' })).toBeVisible();
  const row = page.getByTestId('coupon-row').first();
  await expect(row.getByTestId('coupon-uses')).toContainText('0 redeemed · 0 reserved · of 5');
  const link = await row.getByRole('textbox', { name: 'Shareable link' }).inputValue();
  const code = new URL(link).searchParams.get('coupon')!;
  expect(code).toMatch(/^[A-HJ-NP-Z2-9]{12}$/);
  expect(new URL(link).pathname).toBe(`/courses/${slug}`);

  await page.goto(`/courses/${slug}?coupon=${code}`);
  const price = page.getByTestId('coupon-price');
  // 25 % of 19.99 = 4.9975 → 5.00 off (half away from zero).
  await expect(price).toContainText('$14.99');
  await expect(price.locator('s')).toContainText('$19.99');
  await expect(price).toContainText(`Coupon ${code} applied`);
  await expect(page.locator('input[name="coupon"]')).toHaveValue(code);
  // A percent coupon applies to the CNY price too: 25 % of 139 = 34.75 off.
  await page.getByRole('navigation', { name: 'Pay in' }).getByRole('link', { name: /CNY/ }).click();
  await expect(page).toHaveURL(/currency=CNY/);
  await expect(price).toContainText('CN¥104.25');
  await expect(price.locator('s')).toContainText('CN¥139');
  await expect(page.locator('input[name="currency"]')).toHaveValue('CNY');
  await expect(page.locator('input[name="coupon"]')).toHaveValue(code);

  await page.goto(`/courses/${slug}?coupon=NOTAREALCODE`);
  await expect(page.getByTestId('coupon-message')).toContainText('This coupon code is not valid.');
  await expect(page.locator('input[name="coupon"]')).toHaveCount(0);
});
