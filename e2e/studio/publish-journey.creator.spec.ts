import path from 'node:path';

import { expect, test, type Locator, type Page } from '@playwright/test';
import sharp from 'sharp';

import { expectNoSeriousA11yViolations } from '../fixtures/a11y';
import { randomIp, signIn, signUp, uniqueEmail, verifyEmail } from '../fixtures/auth-flows';
import { moveLessonUpByKeyboard } from '../fixtures/curriculum';

const MEDIA = path.join(import.meta.dirname, '../../db/seed-media');

test.describe.configure({ timeout: 300_000 });

async function addSection(page: Page, title: string) {
  await page.getByLabel('New section title').fill(title);
  await page.getByRole('button', { name: 'Add section' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(title) })).toBeVisible();
}

async function addLesson(section: Locator, title: string, kind: 'Video' | 'Article' | 'PDF') {
  await section.getByLabel('New lesson title').fill(title);
  await section.getByLabel('Kind').selectOption({ label: kind });
  await section.getByRole('button', { name: 'Add lesson' }).click();
  await expect(section.getByRole('button', { name: `Move lesson “${title}”` })).toBeVisible();
}

/** The lesson's own row (its section's item contains the same handle, and comes first). */
function lessonRow(page: Page, title: string) {
  return page
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: `Move lesson “${title}”` }) })
    .last();
}

/** Opens a media lesson, uploads a real file through the tus widget and waits for it to attach. */
async function uploadTo(page: Page, title: string, kind: 'video' | 'pdf', file: string) {
  await lessonRow(page, title).getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog');
  await dialog
    .getByTestId(`media-upload-${kind}`)
    .locator('input[type=file]')
    .setInputFiles(path.join(MEDIA, file));
  await expect(dialog.getByRole('status').filter({ hasText: `Uploaded ${file}` })).toBeVisible({
    timeout: 60_000,
  });
  // Attached: the lesson now names its file (with the length read on the server for a video).
  await expect(dialog.getByText(file, { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

/** A brand-new account: signs up, confirms its email and opens a creator profile. */
async function newCreator(page: Page) {
  const email = uniqueEmail('whales');
  await signUp(page, 'Marine Guide', email, 'whales breathe air too');
  await signIn(page, email, 'whales breathe air too');
  await expect(page).not.toHaveURL(/sign-in/);
  await verifyEmail(page, email);
  await page.goto('/become-creator');
  await page.getByLabel('Display name').fill('Marine Guide');
  await page.getByLabel('Headline').fill('Naturalist and boat skipper');
  await page.getByLabel('About you').fill('Twenty seasons on the water.');
  await page.getByLabel('Payout country or region').selectOption('US');
  await page.getByRole('button', { name: 'Create my creator profile' }).click();
  await expect(page).toHaveURL(/\/studio/);
}

test('[STUDIO][PUBLISH]: a new creator builds a course with a video, an article and a PDF, prices it with a coupon, fixes what review asks for, is approved, found in English and Chinese, bought, and sees the student and the numbers', async ({
  browser,
}) => {
  const stamp = Date.now().toString(36);
  const title = `Whale watching ${stamp} 鲸鱼观测`;
  // Signed out, from its own address: the sign-up limits are per IP.
  const creatorContext = await browser.newContext({
    storageState: { cookies: [], origins: [] },
    extraHTTPHeaders: { 'x-forwarded-for': randomIp() },
  });
  const page = await creatorContext.newPage();
  await newCreator(page);

  // 1. Create the draft and its details.
  await page.goto('/studio/courses/new');
  await page.getByLabel('Course title').fill(title);
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/studio\/courses\/[0-9A-Za-z]{22}$/);
  const courseId = page.url().split('/').pop()!;
  await page
    .getByRole('textbox', { name: 'Description' })
    .fill(
      `Learn to spot and identify whales from the shore and from boats (${stamp}), with field notes and practice.`,
    );
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('All changes saved')).toBeVisible();

  // 2. Curriculum: two sections; a video, an article and a PDF; reorder by keyboard.
  await page
    .getByRole('navigation', { name: 'Course sections' })
    .getByRole('link', { name: 'Curriculum' })
    .click();
  await addSection(page, 'Getting started');
  await addSection(page, 'In the field');
  const first = page.getByRole('listitem', { name: /Getting started/ });
  const second = page.getByRole('listitem', { name: /In the field/ });
  await addLesson(first, 'Welcome video', 'Video');
  await addLesson(first, 'Field guide', 'Article');
  await addLesson(second, 'Checklist handout', 'PDF');
  await uploadTo(page, 'Welcome video', 'video', 'lesson-video.mp4');
  await uploadTo(page, 'Checklist handout', 'pdf', 'lesson-handout.pdf');
  await lessonRow(page, 'Field guide').getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog');
  await dialog
    .getByRole('textbox', { name: 'Article' })
    .fill('## Reading the water\n\nLook for blows, flukes and birds.');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await moveLessonUpByKeyboard(page, first, 'Field guide', 'Welcome video');
  await expect(first.getByRole('list', { name: /^Lessons in/ }).getByRole('listitem')).toHaveText([
    /Field guide/,
    /Welcome video/,
  ]);
  await expectNoSeriousA11yViolations(page);

  // 3. Price and a coupon.
  const tabs = page.getByRole('navigation', { name: 'Course sections' });
  await tabs.getByRole('link', { name: 'Pricing' }).click();
  await page.getByLabel('Type').selectOption('paid');
  await page.getByLabel('Currency').selectOption('USD');
  await page.getByLabel('Price', { exact: true }).fill('30.00');
  await page.getByRole('button', { name: 'Save price' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Price saved.' })).toBeVisible();
  await tabs.getByRole('link', { name: 'Coupons' }).click();
  await page.getByLabel('Discount type').selectOption('percent');
  await page.getByLabel('Discount', { exact: true }).fill('50');
  await page.getByRole('button', { name: 'Create coupon' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Coupon created.' })).toBeVisible();
  const couponLink = await page
    .getByTestId('coupon-row')
    .first()
    .getByRole('textbox', { name: 'Shareable link' })
    .inputValue();

  // 4. Submit: the cover is missing; add it (cropped 16:9 on the server) and submit again.
  await tabs.getByRole('link', { name: 'Details' }).click();
  await page.getByRole('button', { name: 'Submit for review' }).click();
  const checklist = page.getByRole('list', { name: 'Before you submit' });
  await expect(checklist).toContainText('Missing: A cover image');
  await expect(checklist).not.toContainText('Missing: A description');
  await expect(checklist).not.toContainText('Missing: At least one lesson');
  const cover = await sharp({
    create: { width: 1600, height: 1000, channels: 3, background: { r: 20, g: 90, b: 140 } },
  })
    .jpeg()
    .toBuffer();
  await page
    .locator('#course-cover input[type=file]')
    .setInputFiles({ name: 'cover.jpg', mimeType: 'image/jpeg', buffer: cover });
  await page.getByRole('button', { name: 'Upload and save cover' }).click();
  // Saving re-renders the editor with the stored cover (the form remounts on the new version).
  await expect(page.getByRole('img', { name: 'Current cover' })).toBeVisible({ timeout: 60_000 });
  await page.reload();
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByText('Submitted for review.')).toBeVisible();

  // 5. An admin approves it from the review queue.
  const adminContext = await browser.newContext({ storageState: 'e2e/.auth/admin.json' });
  const admin = await adminContext.newPage();
  await admin.goto('/admin/reviews');
  const entry = admin
    .getByRole('listitem')
    .filter({ has: admin.getByRole('heading', { name: title }) });
  await expect(entry).toContainText('3 lessons');
  await expectNoSeriousA11yViolations(admin);
  await entry.getByRole('button', { name: 'Approve and publish' }).click();
  // Decided courses leave the queue when the page re-renders.
  await expect(entry).toHaveCount(0);
  await adminContext.close();

  // 6. It is live: found by an English word and by a Chinese one.
  for (const q of [stamp, '鲸鱼观测']) {
    await page.goto(`/search?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole('link', { name: new RegExp(stamp) }).first()).toBeVisible();
  }

  // 7. A learner buys it through the coupon link at half price.
  const learnerContext = await browser.newContext({ storageState: 'e2e/.auth/learner.json' });
  const learner = await learnerContext.newPage();
  await learner.goto(new URL(couponLink).pathname + new URL(couponLink).search);
  await expect(learner.getByTestId('coupon-price')).toContainText(/\$15(\.00)?Regular price: \$30/);
  await learner.getByRole('button', { name: 'Buy now' }).click();
  await learner.getByLabel('Card').check();
  await learner.getByRole('button', { name: 'Pay' }).click();
  await expect(learner.getByRole('heading', { name: 'Payment received' })).toBeVisible();
  await learnerContext.close();

  // 8. The creator sees the student and the sale.
  await page.goto(`/studio/students?course=${courseId}`);
  await expect(page.getByRole('row').filter({ hasText: title })).toHaveCount(1);
  await page.goto(`/studio/analytics?course=${courseId}&range=7`);
  await expect(page.getByTestId('kpi-enrollments')).toContainText('1');
  await expect(page.getByTestId('kpi-revenue')).toContainText(/\$15(\.00)?1 paid order/);
  await creatorContext.close();
});
