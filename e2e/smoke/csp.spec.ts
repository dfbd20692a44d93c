import { expect, test } from '@playwright/test';

import { expectPageUnderCsp } from '../fixtures/csp';

test('WEB-2: home, a course page and sign-in load under the nonce CSP without violations', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await expectPageUnderCsp(page, '/', async () => {
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
  const href = await page.locator('a[href^="/courses/"]').first().getAttribute('href');
  expect(href).toBeTruthy();
  await expectPageUnderCsp(page, href!, async () => {
    await expect(page.getByRole('heading', { name: 'Course content' })).toBeVisible();
  });
  await expectPageUnderCsp(page, '/sign-in', async () => {
    await expect(page.getByLabel('Email')).toBeVisible();
  });
});

test('WEB-2: the nonce changes on every response', async ({ request }) => {
  const nonce = async () =>
    /'nonce-([^']+)'/.exec(
      (await request.get('/')).headers()['content-security-policy'] ?? '',
    )?.[1];
  const [a, b] = [await nonce(), await nonce()];
  expect(a).toBeTruthy();
  expect(a).not.toBe(b);
});

test('the layout links a favicon, and public/ serves the icons and the social card the layout links to', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const og = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(og).toMatch(/\/og\.png$/);
  // Without a linked icon the browser asks for /favicon.ico, which 404s into the console.
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(icon).toBeTruthy();
  for (const path of [icon!, '/og.png', '/apple-touch-icon.png', '/site.webmanifest']) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
  }
  expect((await request.get('/og.png')).headers()['content-type']).toBe('image/png');
});
