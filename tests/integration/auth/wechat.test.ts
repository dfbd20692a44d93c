import { eq } from 'drizzle-orm';
import NextAuth from 'next-auth';
import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/support/next-headers'));

import { db } from '@/db';
import { accounts, users } from '@/db/schema';
import { buildAuthConfig } from '@/lib/auth/config';
import { offeredOAuthProviders } from '@/lib/auth/oauth-providers';
import { wechatProfile } from '@/lib/auth/wechat';
import { createTestUser, sessionToken, sessionVersionOf } from '@/tests/support/auth-users';

const BASE = 'http://localhost:3000/api/auth';
const { handlers } = NextAuth(
  buildAuthConfig('http://localhost:3000', {
    AUTH_GITHUB_ID: undefined,
    AUTH_GITHUB_SECRET: undefined,
    AUTH_GOOGLE_ID: undefined,
    AUTH_GOOGLE_SECRET: undefined,
    AUTH_WECHAT_APP_ID: 'wx-test-app',
    AUTH_WECHAT_APP_SECRET: 'wx-test-secret',
    AUTH_WECHAT_MP_APP_ID: 'wx-test-mp',
    AUTH_WECHAT_MP_APP_SECRET: 'wx-test-mp-secret',
  }),
);

/** Where each flow sends the browser, and with which app id and scope. */
const AUTHORIZE = {
  wechat: ['https://open.weixin.qq.com/connect/qrconnect', 'wx-test-app', 'snsapi_login'],
  'wechat-mp': [
    'https://open.weixin.qq.com/connect/oauth2/authorize',
    'wx-test-mp',
    'snsapi_userinfo',
  ],
} as const;

const cookieHeader = (res: Response, prev = '') =>
  [prev, ...res.headers.getSetCookie().map((c) => c.split(';')[0])].filter(Boolean).join('; ');

/** A WeChat user as api.weixin.qq.com would describe them. */
function weChatUser(unionid: string, nickname = '微信用户') {
  return {
    openid: `openid-${unionid}`,
    unionid,
    nickname,
    sex: 0,
    province: '',
    city: '',
    country: 'CN',
    headimgurl: 'https://thirdwx.qlogo.cn/avatar.png',
    privilege: [],
  };
}

/**
 * Runs the whole OAuth round trip through Auth.js: sign-in POST (state cookie), then the callback
 * with WeChat's token and userinfo endpoints answered locally. Returns the final response.
 */
async function weChatCallback(
  profile: ReturnType<typeof weChatUser>,
  sessionCookie?: string,
  provider: keyof typeof AUTHORIZE = 'wechat',
) {
  const csrfRes = await handlers.GET(new NextRequest(`${BASE}/csrf`));
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  let cookie = cookieHeader(csrfRes, sessionCookie ? `authjs.session-token=${sessionCookie}` : '');
  const start = await handlers.POST(
    new NextRequest(`${BASE}/signin/${provider}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: new URLSearchParams({ csrfToken, callbackUrl: '/' }),
    }),
  );
  const location = new URL(start.headers.get('location')!);
  const [authorizeUrl, appId, scope] = AUTHORIZE[provider];
  expect(location.origin + location.pathname).toBe(authorizeUrl);
  expect(location.searchParams.get('appid')).toBe(appId);
  expect(location.searchParams.get('scope')).toBe(scope);
  cookie = cookieHeader(start, cookie);
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.startsWith('https://api.weixin.qq.com/sns/oauth2/access_token'))
      return Response.json({
        access_token: 'wx-access',
        expires_in: 7200,
        refresh_token: 'wx-refresh',
        openid: profile.openid,
        scope: 'snsapi_login',
        unionid: profile.unionid,
      });
    if (url.startsWith('https://api.weixin.qq.com/sns/userinfo')) return Response.json(profile);
    return realFetch(input, init);
  });
  try {
    return await handlers.GET(
      new NextRequest(
        `${BASE}/callback/${provider}?code=wx-code&state=${location.searchParams.get('state')}`,
        { headers: { cookie } },
      ),
    );
  } finally {
    vi.unstubAllGlobals();
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('WeChat login', () => {
  it('maps the WeChat profile by unionid, with no email', () => {
    expect(wechatProfile(weChatUser('union-1', '小明'))).toEqual({
      id: 'union-1',
      name: '小明',
      email: null,
      image: 'https://thirdwx.qlogo.cn/avatar.png',
    });
    expect(() => wechatProfile({ ...weChatUser('x'), unionid: '' })).toThrow();
  });

  it('AUTH-7: a WeChat sign-in creates its own account, linked by unionid, never an existing one', async () => {
    const existing = await createTestUser({ name: '小明' });
    const unionid = `union-${Date.now()}`;
    const res = await weChatCallback(weChatUser(unionid, '小明'));
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('http://localhost:3000/');
    const [link] = await db.select().from(accounts).where(eq(accounts.providerAccountId, unionid));
    expect(link).toMatchObject({ provider: 'wechat' });
    expect(link!.userId).not.toBe(existing.id);
    const [created] = await db.select().from(users).where(eq(users.id, link!.userId));
    expect(created).toMatchObject({ name: '小明', email: null, passwordHash: null });
    expect(await db.select().from(accounts).where(eq(accounts.userId, existing.id))).toHaveLength(
      0,
    );

    // The same WeChat user again signs in the same account; no second account appears.
    await weChatCallback(weChatUser(unionid, '小明'));
    const links = await db.select().from(accounts).where(eq(accounts.providerAccountId, unionid));
    expect(links).toHaveLength(1);
  });

  it('AUTH-7: linking happens only from a signed-in session', async () => {
    const user = await createTestUser();
    const session = await sessionToken(user.id, await sessionVersionOf(user.id));
    const unionid = `union-link-${Date.now()}`;
    const res = await weChatCallback(weChatUser(unionid), session);
    expect(res.status).toBe(302);
    const [link] = await db.select().from(accounts).where(eq(accounts.providerAccountId, unionid));
    expect(link?.userId).toBe(user.id);
  });

  it("AUTH-7: inside WeChat's browser the official-account flow signs in the same account as the QR flow", async () => {
    const unionid = `union-mp-${Date.now()}`;
    await weChatCallback(weChatUser(unionid, '小红'));
    const [web] = await db.select().from(accounts).where(eq(accounts.providerAccountId, unionid));
    const res = await weChatCallback(weChatUser(unionid, '小红'), undefined, 'wechat-mp');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('http://localhost:3000/');
    // One identity: still one link (stored as `wechat`), to the same user.
    const links = await db.select().from(accounts).where(eq(accounts.providerAccountId, unionid));
    expect(links).toEqual([expect.objectContaining({ provider: 'wechat', userId: web!.userId })]);

    // A first sign-in through the official account makes the same kind of link.
    const fresh = `union-mp-first-${Date.now()}`;
    await weChatCallback(weChatUser(fresh), undefined, 'wechat-mp');
    const [link] = await db.select().from(accounts).where(eq(accounts.providerAccountId, fresh));
    expect(link).toMatchObject({ provider: 'wechat' });
  });

  it('offers one WeChat button: the QR flow outside WeChat, the official account inside it', () => {
    const all = ['github', 'wechat', 'wechat-mp'] as const;
    const desktop = 'Mozilla/5.0 (Macintosh) AppleWebKit/537.36 Chrome/130.0 Safari/537.36';
    const inWeChat =
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0.50';
    expect(offeredOAuthProviders(all, desktop)).toEqual(['github', 'wechat']);
    expect(offeredOAuthProviders(all, inWeChat)).toEqual(['github', 'wechat-mp']);
    expect(offeredOAuthProviders(['wechat'], inWeChat)).toEqual(['wechat']);
    expect(offeredOAuthProviders(['wechat-mp'], desktop)).toEqual([]);
    expect(offeredOAuthProviders(all, null)).toEqual(['github', 'wechat']);
  });
});
