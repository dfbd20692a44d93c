import { expect, test } from '@playwright/test';

import { expectPageUnderCsp } from '../fixtures/csp';

test('WEB-2: the studio dashboard and its chart render under the CSP without violations', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await expectPageUnderCsp(page, '/studio', async () => {
    const chart = page.getByTestId('revenue-chart');
    await expect(chart.locator('.recharts-bar-rectangle').first()).toBeAttached();
  });
});
