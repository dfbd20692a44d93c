import { expect, test, type APIRequestContext } from '@playwright/test';

import { randomIp, signIn, signUp, uniqueEmail } from '../fixtures/auth-flows';

const IP = randomIp();
// Full flows through a production build on two cores: allow more than the 30 s default.
test.describe.configure({ timeout: 90_000 });
test.use({ extraHTTPHeaders: { 'x-forwarded-for': IP } });

/** The server-action id of the sign-in form, read from the page as a browser without JS would. */
async function signInActionId(request: APIRequestContext): Promise<string> {
  const html = await (await request.get('/sign-in')).text();
  // Plain forms carry `$ACTION_ID_<id>`; useActionState forms carry the id inside `$ACTION_1:0` JSON.
  const match =
    /\$ACTION_ID_([0-9a-f]{20,})/.exec(html) ??
    /&quot;id&quot;:&quot;([0-9a-f]{20,})&quot;/.exec(html);
  expect(match, 'sign-in form carries its action id').not.toBeNull();
  return match![1]!;
}

/** A call in React's reply encoding: field 0 holds the arguments (prevState, FormData). */
async function postAction(request: APIRequestContext, id: string, origin: string | null) {
  const multipart = {
    '0': JSON.stringify([{ ok: null }, '$K1']),
    '1_email': 'nobody@e2e.test',
    '1_password': 'not the password',
  };
  return request.post('/sign-in', {
    multipart,
    headers: { 'Next-Action': id, ...(origin === null ? {} : { Origin: origin }) },
    maxRedirects: 0,
  });
}

test('NEXT-5: a server action posted from a foreign or null origin is rejected; our origin is accepted', async ({
  request,
  baseURL,
}) => {
  const id = await signInActionId(request);
  const ours = await postAction(request, id, new URL(baseURL!).origin);
  expect(ours.status()).toBe(200);
  // The action body really ran: its typed ActionState answer is in the reply.
  expect(await ours.text()).toContain('"ok":false');
  for (const origin of ['https://evil.example', 'null']) {
    const res = await postAction(request, id, origin);
    expect(res.status(), origin).toBeGreaterThanOrEqual(400);
    expect(await res.text()).not.toContain('"ok":false');
  }
});

test('NEXT-6: a foreign callbackUrl is ignored after sign-in', async ({ page, baseURL }) => {
  const email = uniqueEmail('redirect');
  await signUp(page, 'Redirect Test', email, 'stay on our own site');
  for (const evil of ['https://evil.com', '//evil.com', '/\\evil.com']) {
    await signIn(
      page,
      email,
      'stay on our own site',
      `/sign-in?callbackUrl=${encodeURIComponent(evil)}`,
    );
    await expect(page).not.toHaveURL(/sign-in/);
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  }
});

test('NEXT-7: cookie-bearing cross-site posts to the auth endpoints change nothing', async ({
  page,
  baseURL,
}) => {
  const email = uniqueEmail('csrf');
  await signUp(page, 'Csrf Test', email, 'cross site is not welcome');
  await signIn(page, email, 'cross site is not welcome');
  await expect(page).not.toHaveURL(/sign-in/);
  // Sign-out without Auth.js's CSRF token, from another origin, as text/plain.
  const res = await page.request.post('/api/auth/signout', {
    headers: { Origin: 'https://evil.example', 'Content-Type': 'text/plain' },
    data: 'callbackUrl=https://evil.example',
    maxRedirects: 0,
  });
  expect(res.headers()['location'] ?? '').not.toContain('evil.example');
  await page.goto('/account');
  await expect(page).toHaveURL(`${new URL(baseURL!).origin}/account`);
});

test('NEXT-1: internal middleware headers do not open protected pages', async ({ request }) => {
  for (const value of [
    'middleware:middleware:middleware:middleware:middleware',
    'src/middleware:src/middleware:src/middleware:src/middleware:src/middleware',
    'proxy:proxy:proxy:proxy:proxy',
  ]) {
    for (const path of ['/admin', '/admin/users', '/studio', '/account']) {
      const res = await request.get(path, {
        headers: { 'x-middleware-subrequest': value },
        maxRedirects: 0,
      });
      expect([303, 307, 308, 404]).toContain(res.status());
      expect(res.headers()['location'] ?? '').toMatch(/\/sign-in/);
    }
  }
});

test('AUTH-5: repeated wrong passwords get 429 with Retry-After, and the owner can still sign in', async ({
  page,
  playwright,
  baseURL,
}) => {
  const email = uniqueEmail('stuffing');
  await signUp(page, 'Owner', email, 'the owner knows this one');
  const attacker = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { 'x-forwarded-for': randomIp() },
  });
  const attempt = async (password: string) => {
    const { csrfToken } = (await (await attacker.get('/api/auth/csrf')).json()) as {
      csrfToken: string;
    };
    return attacker.post('/api/auth/callback/credentials', {
      form: { email, password, csrfToken, callbackUrl: '/' },
      maxRedirects: 0,
    });
  };
  for (let i = 0; i < 5; i++) expect((await attempt(`guess number ${i}`)).status()).toBe(302);
  const blocked = await attempt('the owner knows this one');
  expect(blocked.status()).toBe(429);
  expect(Number(blocked.headers()['retry-after'])).toBeGreaterThan(0);
  await attacker.dispose();

  await signIn(page, email, 'the owner knows this one');
  await expect(page).not.toHaveURL(/sign-in/);
});

test('the dev mailbox exists outside production', async ({ page }) => {
  const res = await page.goto('/dev/mailbox');
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'Dev mailbox' })).toBeVisible();
});
