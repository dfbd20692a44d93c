import { expect, test } from '@playwright/test';

import { pageAlert } from '../fixtures/alerts';
import {
  randomIp,
  sessionCookie,
  signIn,
  signOutViaHeader,
  signUp,
  uniqueEmail,
  verifyEmail,
} from '../fixtures/auth-flows';

// Full flows through a production build on two cores: allow more than the 30 s default.
test.describe.configure({ timeout: 90_000 });
test.use({ extraHTTPHeaders: { 'x-forwarded-for': randomIp() } });

test('sign up → verify from the outbox → sign in → sign out', async ({ page }) => {
  const email = uniqueEmail('signup');
  const password = 'a long and happy passphrase';
  await signUp(page, '陈静 Jing', email, password);
  await verifyEmail(page, email);

  await signIn(page, email, password);
  await expect(page).toHaveURL((url) => url.pathname === '/');
  await page.goto('/account');
  await expect(page.getByRole('heading', { name: 'Profile', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Name')).toHaveValue('陈静 Jing');

  await signOutViaHeader(page);
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);
});

test('AUTH-4: each sign-in issues a different session cookie', async ({ page }) => {
  const email = uniqueEmail('fixation');
  const password = 'another long passphrase';
  await signUp(page, 'Fixation Test', email, password);
  expect(await sessionCookie(page)).toBeUndefined();
  await signIn(page, email, password);
  await expect(page).not.toHaveURL(/sign-in/);
  const first = await sessionCookie(page);
  await signIn(page, email, password);
  await expect(page).not.toHaveURL(/sign-in/);
  const second = await sessionCookie(page);
  expect(first?.value).toBeTruthy();
  expect(second?.value).not.toBe(first?.value);
});

test('WEB-4: the session cookie is HttpOnly, SameSite=Lax and host-only', async ({ page }) => {
  const email = uniqueEmail('cookie');
  const password = 'cookie flags passphrase';
  await signUp(page, 'Cookie Test', email, password);
  await signIn(page, email, password);
  await expect(page).not.toHaveURL(/sign-in/);
  const cookie = await sessionCookie(page);
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  // Host-only: the browser records the exact host, never a leading-dot domain.
  expect(cookie!.domain.startsWith('.')).toBe(false);
  // Over http the cookie cannot be Secure; over https the __Secure- name and Secure flag are checked in
  // tests/integration/auth/sessions.test.ts (WEB-4).
});

test('sign-in shows one generic message for a wrong password and an unknown email', async ({
  page,
}) => {
  await signIn(page, uniqueEmail('nobody'), 'whatever it is');
  const unknown = await pageAlert(page).textContent();
  const email = uniqueEmail('known');
  await signUp(page, 'Known', email, 'the right passphrase');
  await signIn(page, email, 'the wrong passphrase');
  await expect(pageAlert(page)).toHaveText(unknown!);
});

test('bad input on the sign-up form gets field-level messages', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('This field is required.')).toBeVisible();
  await expect(page.getByText('Enter a valid email address, like name@example.com.')).toBeVisible();
  await expect(page.getByText('Use at least 10 characters.')).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
});
