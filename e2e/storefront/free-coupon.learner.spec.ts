import { expect, test } from '@playwright/test';
import { createConnection, type RowDataPacket } from 'mysql2/promise';

import { newId } from '@/lib/ids';

import { expectNoSeriousA11yViolations } from '../fixtures/a11y';
import { makePaidCourse } from '../fixtures/paid-course';

const EMULATOR_PORT = String(Number(process.env.E2E_PORT ?? 3000) + 10000);

/** A 100 %-off coupon for the course, issued by its creator (a row, as the studio would write it). */
async function fullCoupon(slug: string): Promise<string> {
  const conn = await createConnection({
    uri: process.env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/zhishi',
  });
  try {
    const [rows] = await conn.query<RowDataPacket[]>(
      'SELECT id, creator_id FROM courses WHERE slug = ?',
      [slug],
    );
    const code = `FREE${newId(10)
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, 'X')}`;
    await conn.query(
      `INSERT INTO coupons (id, code, creator_id, course_id, percent_off, max_redemptions, per_user_limit)
       VALUES (?, ?, ?, ?, 100, 1, 1)`,
      [newId(), code, rows[0]!.creator_id, rows[0]!.id],
    );
    return code;
  } finally {
    await conn.end();
  }
}

test('[STOREFRONT][CHECKOUT][COUPON]: a learner opens a 100 % coupon link, enrols without the hosted checkout and can learn', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const course = await makePaidCourse({ priceMinor: 2500, currency: 'USD' });
  const code = await fullCoupon(course.slug);
  const toEmulator: string[] = [];
  page.on('request', (req) => {
    if (new URL(req.url()).port === EMULATOR_PORT) toEmulator.push(req.url());
  });

  await page.goto(`/courses/${course.slug}?coupon=${code}`);
  const price = page.getByTestId('coupon-price');
  await expect(price).toContainText('Free');
  await expect(price).toContainText('$25');
  await expect(page.getByRole('button', { name: 'Buy now' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Enrol for free' }).click();

  await expect(page).toHaveURL(/\/orders\/[0-9A-Za-z]{22}$/);
  const receipt = page.getByRole('region', { name: 'Receipt' });
  await expect(receipt.getByText('Free with a coupon', { exact: true })).toBeVisible();
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByText('Access granted')).toBeVisible();
  await expect(page.getByText('Nothing was paid for this order')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const pdfLink = page.getByRole('link', { name: 'Download PDF' });
  const orderId = new URL(page.url()).pathname.split('/').pop()!;
  await expect(pdfLink).toHaveAttribute('href', `/api/orders/${orderId}/receipt.pdf`);
  const pdf = await page.request.get(`/api/orders/${orderId}/receipt.pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  await page.goto(`/learn/${course.slug}`);
  await expect(page.getByText('Lesson body')).toBeVisible();
  expect(toEmulator).toEqual([]);

  // The course is the learner's now: the course page offers learning, not buying.
  await page.goto(`/courses/${course.slug}?coupon=${code}`);
  await expect(page.getByRole('link', { name: /Start learning|Continue learning/ })).toBeVisible();
});
