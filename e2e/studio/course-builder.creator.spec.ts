import { expect, test, type Locator, type Page } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/a11y';
import { dragAnnouncer, moveLessonUpByKeyboard } from '../fixtures/curriculum';

test.describe.configure({ timeout: 120_000 });

function lessonTitles(section: Locator) {
  return section.getByRole('list', { name: /^Lessons in/ }).getByRole('listitem');
}

async function addLesson(section: Locator, title: string) {
  await section.getByLabel('New lesson title').fill(title);
  await section.getByRole('button', { name: 'Add lesson' }).click();
  await expect(section.getByRole('button', { name: `Move lesson “${title}”` })).toBeVisible();
}

async function addSection(page: Page, title: string) {
  await page.getByLabel('New section title').fill(title);
  await page.getByRole('button', { name: 'Add section' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(title) })).toBeVisible();
}

test('[STUDIO][BUILDER]: creator creates a course, builds its curriculum by keyboard and drag, and sees what is missing on submit', async ({
  page,
}) => {
  const title = `E2E builder ${Date.now()}`;
  await page.goto('/studio/courses/new');
  await page.getByLabel('Course title').fill(title);
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/studio\/courses\/[0-9A-Za-z]{22}$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  await page.getByRole('link', { name: 'Curriculum' }).click();
  await expect(page.getByText('No sections yet')).toBeVisible();
  await addSection(page, 'Section one');
  await addSection(page, 'Section two');
  const first = page.getByRole('listitem', { name: /Section one/ });
  await addLesson(first, 'Lesson A');
  await addLesson(first, 'Lesson B');
  await expect(lessonTitles(first)).toHaveText([/Lesson A/, /Lesson B/]);

  // Keyboard: Space lifts, ArrowUp moves, Space drops.
  await moveLessonUpByKeyboard(page, first, 'Lesson B', 'Lesson A');
  await expect(lessonTitles(first)).toHaveText([/Lesson B/, /Lesson A/]);

  // Pointer: drag Lesson A's handle above Lesson B.
  const handle = first.getByRole('button', { name: 'Move lesson “Lesson A”' });
  const target = first.getByRole('button', { name: 'Move lesson “Lesson B”' });
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y - 5, { steps: 5 });
  // As with the keyboard, each step waits for its announcement before the next.
  const announcer = dragAnnouncer(page);
  await expect(announcer).toHaveText(/^(Picked up Lesson A|Lesson A is over Lesson A)\.$/);
  await page.mouse.move(to.x + to.width / 2, to.y + 2, { steps: 10 });
  await expect(announcer).toHaveText('Lesson A is over Lesson B.');
  await page.mouse.up();
  await expect(announcer).toHaveText('Lesson A was dropped at Lesson B.');
  await expect(lessonTitles(first)).toHaveText([/Lesson A/, /Lesson B/]);

  // The order is stored: once the builder says so, it survives a reload.
  await expect(page.getByRole('status').filter({ hasText: /^All changes saved$/ })).toBeVisible();
  await page.reload();
  await expect(lessonTitles(page.getByRole('listitem', { name: /Section one/ }))).toHaveText([
    /Lesson A/,
    /Lesson B/,
  ]);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'Details' }).click();
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByText('The course is not ready for review yet')).toBeVisible();
  const checklist = page.getByRole('list', { name: 'Before you submit' });
  await expect(checklist).toContainText('Missing: A description of at least 50 characters');
  await expect(checklist).toContainText('Missing: A cover image');
  await expect(checklist).toContainText('Missing: At least one lesson with content');
  await expectNoSeriousA11yViolations(page);
});
