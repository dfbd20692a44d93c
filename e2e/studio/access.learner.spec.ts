import { expect, test } from '@playwright/test';

for (const path of ['/studio', '/studio/courses', '/admin']) {
  test(`[STUDIO][ADMIN][ACCESS]: a learner opening ${path} is sent away and sees none of it`, async ({
    page,
  }) => {
    const response = await page.goto(path);
    await expect(page).not.toHaveURL(new RegExp(`${path}(\\?|$)`));
    expect(response?.status()).toBeLessThan(500);
    await expect(
      page.getByRole('navigation', { name: /Studio navigation|Admin navigation/ }),
    ).toHaveCount(0);
    await expect(page.getByTestId(/^kpi-/)).toHaveCount(0);
  });
}
