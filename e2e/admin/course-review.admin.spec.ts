import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/a11y';
import { makeCourseInReview } from '../fixtures/course-in-review';

test.describe.configure({ timeout: 120_000 });

test('[ADMIN][REVIEW]: an admin opens the lessons of a course in review and rejects it with a reason and a note; the creator reads it in the studio, fixes it and resubmits; the admin approves and it is live', async ({
  page,
  browser,
}) => {
  const course = await makeCourseInReview();
  const entry = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: course.title }) });

  // 1. The reviewer sees it is a first review and can open every lesson in the player.
  await page.goto('/admin/reviews');
  await expect(
    entry.getByText('First review: no version of this course was approved'),
  ).toBeVisible();
  await entry.getByText('Open the lessons (1)').click();
  const lesson = entry.getByRole('link', { name: 'Welcome' });
  await expect(lesson).toHaveAttribute('href', new RegExp(`^/learn/${course.slug}/`));
  await expectNoSeriousA11yViolations(page);
  await page.goto((await lesson.getAttribute('href'))!);
  await expect(page.getByText('What this course covers, and how to study it.')).toBeVisible();
  await page.goto('/admin/reviews');

  // 2. A rejection needs a reason from the list; "Other" also needs a note.
  await entry.getByRole('button', { name: 'Reject' }).click();
  await expect(entry.getByText('Choose why the course is rejected.')).toBeVisible();
  await entry.getByLabel('Reason to reject').selectOption('other');
  await entry.getByRole('button', { name: 'Reject' }).click();
  await expect(entry.getByText('Say what the creator needs to change.')).toBeVisible();
  await entry.getByLabel('Reason to reject').selectOption('misleading');
  await entry
    .getByLabel('Note to the creator')
    .fill('Please remove the money-back promise from the description.');
  await entry.getByRole('button', { name: 'Reject' }).click();
  // Decided courses leave the queue when the page re-renders.
  await expect(entry).toHaveCount(0);
  // 3. The creator sees the reason and the note beside the checklist, fixes the description and resubmits.
  const creatorContext = await browser.newContext({ storageState: 'e2e/.auth/creator.json' });
  const creator = await creatorContext.newPage();
  await creator.goto(`/studio/courses/${course.id}`);
  await expect(creator.getByText('Note from the reviewer')).toBeVisible();
  await expect(
    creator.getByText('Reason: The title or description promises what the course does not teach'),
  ).toBeVisible();
  await expect(creator.getByText('Please remove the money-back promise')).toBeVisible();
  await expectNoSeriousA11yViolations(creator);
  await creator
    .getByRole('textbox', { name: 'Description' })
    .fill('A calm, practical course: short daily lessons, real conversations and honest progress.');
  await creator.getByRole('button', { name: 'Save changes' }).click();
  await expect(creator.getByText('All changes saved')).toBeVisible();
  await creator.getByRole('button', { name: 'Resubmit for review' }).click();
  await expect(creator.getByText('Submitted for review.')).toBeVisible();
  await creatorContext.close();

  // 4. Back in the queue with the last decision and the new text; approved, it is on the storefront.
  await page.goto('/admin/reviews');
  await expect(entry).toContainText('honest progress');
  await expect(entry).toContainText('Last rejected for: The title or description promises');
  await entry.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(entry).toHaveCount(0);
  await page.goto(`/courses/${course.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: course.title })).toBeVisible();
});
