import { expect, test } from '@playwright/test';

import { demoAccount } from '../../scripts/seed/accounts';
import { expectNoSeriousA11yViolations } from '../fixtures/a11y';
import { pageAlert } from '../fixtures/alerts';
import { newE2eId, seedReportedComment, seedReview } from '../fixtures/moderation';

test.describe('[ADMIN][REPORTS]', () => {
  test.use({ viewport: { width: 1440, height: 1000 } });
  test.describe.configure({ timeout: 120_000 });

  test('a learner reports a review, an admin hides it, it leaves the course page and the audit log shows it', async ({
    page,
    browser,
  }) => {
    const marker = `Spammy review ${newE2eId().slice(0, 10)}`;
    const { reviewId, courseSlug } = await seedReview(`${marker}: buy followers at example.test`);

    const learner = await browser.newContext({ storageState: 'e2e/.auth/learner.json' });
    const learnerPage = await learner.newPage();
    await learnerPage.goto(`/courses/${courseSlug}`);
    const item = learnerPage.getByRole('listitem').filter({ hasText: marker });
    await expect(item).toBeVisible();
    await item.getByRole('button', { name: 'Report' }).click();
    await expect(item.getByRole('status')).toHaveText('Thank you. A moderator will look at it.');

    await page.goto(`/admin/reports?q=${encodeURIComponent(marker)}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
    const row = page.getByTestId('report-row').filter({ hasText: marker });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('heading', { level: 2 })).toHaveText('Review · 1 report');
    await expectNoSeriousA11yViolations(page);

    // No reason: refused with a field error, nothing changes.
    await row.getByRole('button', { name: 'Hide', exact: true }).click();
    await expect(row.getByText('Choose a reason.')).toBeVisible();
    await row.getByLabel('Reason').selectOption('spam');
    await row.getByLabel('Note to the author (optional)').fill('Advertising is not allowed');
    await row.getByRole('button', { name: 'Hide', exact: true }).click();
    // Settled items leave the open queue when the page re-renders.
    await expect(row).toHaveCount(0);

    await learnerPage.goto(`/courses/${courseSlug}`);
    await expect(learnerPage.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(learnerPage.getByText(marker)).toHaveCount(0);
    await learner.close();

    await page.goto(`/admin/reports?status=resolved&q=${encodeURIComponent(marker)}`);
    await expect(page.getByTestId('report-row').filter({ hasText: marker })).toHaveCount(1);

    await page.goto(`/admin/audit?target=${reviewId}`);
    await expect(page.getByRole('main')).toContainText('report.hide');
    await expect(page.getByRole('main')).toContainText('spam: Advertising is not allowed');
  });

  test('an admin removes a creator comment; the creator appeals once, a second appeal is refused, the appeal reaches the queue', async ({
    page,
    browser,
  }) => {
    const marker = `Creator comment ${newE2eId().slice(0, 10)}`;
    await seedReportedComment(demoAccount('creator').email, `${marker} with a shady link`);

    await page.goto(`/admin/reports?type=comment&q=${encodeURIComponent(marker)}`);
    const row = page.getByTestId('report-row').filter({ hasText: marker });
    await expect(row).toContainText('Selling things');
    await row.getByLabel('Reason').selectOption('abuse');
    await row.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(row).toHaveCount(0);

    const creator = await browser.newContext({ storageState: 'e2e/.auth/creator.json' });
    const first = await creator.newPage();
    const second = await creator.newPage();
    for (const p of [first, second]) await p.goto('/account/moderation');
    const decisionOn = (p: typeof first) => p.getByTestId('decision').filter({ hasText: marker });
    await expect(decisionOn(first)).toContainText('Your Comment was removed');
    await expect(decisionOn(first)).toContainText('Reason: Abusive language');
    await expectNoSeriousA11yViolations(first);

    await decisionOn(first).getByLabel('Your appeal').fill('It was a genuine resource link');
    await decisionOn(first).getByRole('button', { name: 'Send appeal' }).click();
    // The page re-renders with the appeal pending and no form left.
    await expect(decisionOn(first)).toContainText('waiting for a moderator');
    await expect(decisionOn(first).getByLabel('Your appeal')).toHaveCount(0);

    // The second tab still shows the form: the server refuses the second appeal.
    await decisionOn(second).getByLabel('Your appeal').fill('Again, please');
    await decisionOn(second).getByRole('button', { name: 'Send appeal' }).click();
    await expect(pageAlert(second)).toHaveText(
      'You have already appealed this decision. Each decision can be appealed once.',
    );
    await creator.close();

    await page.goto('/admin/reports?view=appeals');
    const appeal = page.getByRole('listitem').filter({ hasText: marker }).first();
    await expect(appeal).toContainText('It was a genuine resource link');
    await expectNoSeriousA11yViolations(page);
  });
});
