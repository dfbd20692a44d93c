import { randomInt } from 'node:crypto';

import { expect, test, type Locator, type Page } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/a11y';
import {
  linkFromMailbox,
  randomIp,
  signIn,
  signOutViaHeader,
  uniqueEmail,
} from '../fixtures/auth-flows';

// Two waits for the per-phone minute window (ABUSE-5) make this flow long on purpose.
test.describe.configure({ timeout: 300_000 });
test.use({ extraHTTPHeaders: { 'x-forwarded-for': randomIp() } });

function uniquePhone(): string {
  return `+86139${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
}

/** The newest code texted to `phone`, read from the dev SMS outbox in a second tab. */
async function codeFromOutbox(page: Page, phone: string): Promise<string> {
  const outbox = await page.context().newPage();
  await outbox.goto(`/dev/sms?to=${encodeURIComponent(phone)}`);
  const body = await outbox.getByTestId('sms-body').first().textContent();
  await outbox.close();
  const code = /\b\d{6}\b/.exec(body ?? '')?.[0];
  expect(code, `no code texted to ${phone}`).toBeTruthy();
  return code!;
}

/** Clicks a form button and waits for its server action to answer. */
async function submit(page: Page, button: Locator): Promise<void> {
  await Promise.all([
    page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().startsWith(page.url().split('?')[0]!),
    ),
    button.click(),
  ]);
}

/** The per-phone wait between codes, as the e2e server runs with it (scripts/e2e.mjs). */
const RESEND_MS = Number(process.env.SMS_RESEND_SECONDS ?? 60) * 1000;

/** Clicks "Send code" once the previous send is older than the per-phone wait. */
async function sendCode(page: Page, lastSend: number): Promise<number> {
  const wait = lastSend + RESEND_MS + 2_000 - Date.now();
  if (wait > 0) await page.waitForTimeout(wait);
  await submit(page, page.getByTestId('send-code'));
  await expect(page.getByTestId('send-code')).toHaveText(/New code in \d+ s/);
  return Date.now();
}

test('phone sign-up → sign in with a new code → add email and password → sign in with the password', async ({
  page,
}) => {
  const phone = uniquePhone();
  const email = uniqueEmail('phone');
  const password = 'a phone user passphrase';

  await page.goto('/sign-up?method=phone');
  await page.getByLabel('Name').fill('王芳 Fang');
  await page.getByLabel('Phone number').fill(phone);
  let sentAt = await sendCode(page, 0);
  await expect(page.getByText('a code is on its way')).toBeVisible();
  await page.getByLabel('Code from the SMS').fill(await codeFromOutbox(page, phone));
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/');

  await signOutViaHeader(page);
  await page.goto('/sign-in?method=phone');
  await page.getByLabel('Phone number').fill(phone);
  sentAt = await sendCode(page, sentAt);
  await page.getByLabel('Code from the SMS').fill(await codeFromOutbox(page, phone));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/');

  await page.goto('/account/security');
  await expect(page.getByTestId('masked-phone')).toContainText('+86 139****');
  await sendCode(page, sentAt);
  const secure = page.getByTestId('phone-secure');
  await secure.getByLabel('Code from the SMS').fill(await codeFromOutbox(page, phone));
  await secure.getByLabel('Email').fill(email);
  await secure.getByLabel('New password', { exact: true }).fill(password);
  await secure.getByLabel('Repeat the new password').fill(password);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/done=phoneSecured/);
  await expect(page.getByText('Your password is set')).toBeVisible();

  await page.goto(await linkFromMailbox(page, email, '/verify-email'));
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText('Your email address was changed')).toBeVisible();

  await signOutViaHeader(page);
  await signIn(page, email, password);
  await expect(page).toHaveURL((url) => url.pathname === '/');
});

test('AUTH-9: five wrong codes kill the code; the resend button counts down (ABUSE-5)', async ({
  page,
}) => {
  const phone = uniquePhone();
  await page.goto('/sign-up?method=phone');
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Name').fill('Lock Test');
  await page.getByLabel('Phone number').fill(phone);
  await submit(page, page.getByTestId('send-code'));

  const button = page.getByTestId('send-code');
  await expect(button).toHaveText(/New code in \d+ s/);
  await expect(button).toBeDisabled();
  const before = Number(/\d+/.exec((await button.textContent()) ?? '')?.[0]);
  await page.waitForTimeout(2_100);
  const after = Number(/\d+/.exec((await button.textContent()) ?? '')?.[0]);
  expect(after).toBeLessThan(before);

  const code = await codeFromOutbox(page, phone);
  const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
  const field = page.getByLabel('Code from the SMS');
  for (let i = 0; i < 5; i++) {
    await field.fill(wrong);
    await submit(page, page.getByRole('button', { name: 'Create account' }));
    await expect(page.getByText('This code is wrong or no longer valid')).toBeVisible();
    // React resets the form once the action's result is in, a moment after the response: typing
    // before that reset loses the code, and an empty code is refused before it counts as a try.
    await expect(field).toHaveValue('');
  }
  await field.fill(code);
  await submit(page, page.getByRole('button', { name: 'Create account' }));
  await expect(page.getByText('This code is wrong or no longer valid')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-up/);
});
