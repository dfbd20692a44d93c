import WeChat, { type WeChatProfile } from 'next-auth/providers/wechat';

import type { Env } from '@/lib/env';

type WeChatEnv = Partial<
  Pick<
    Env,
    | 'AUTH_WECHAT_APP_ID'
    | 'AUTH_WECHAT_APP_SECRET'
    | 'AUTH_WECHAT_MP_APP_ID'
    | 'AUTH_WECHAT_MP_APP_SECRET'
  >
>;

/**
 * The website (QR) flow is `wechat`; the official-account flow inside WeChat's own browser is
 * `wechat-mp`. They are one identity (the unionid), so links are stored and looked up under `wechat`
 * whichever flow made them.
 */
export const canonicalProvider = (provider: string) =>
  provider === 'wechat-mp' ? 'wechat' : provider;

/** WeChat's in-app browser: QR login cannot work there, the official-account flow can. */
export const isWeChatBrowser = (userAgent: string | null | undefined) =>
  /MicroMessenger/i.test(userAgent ?? '');

/**
 * WeChat identities are keyed by `unionid` (the same person across our website app and official
 * account), never by openid. WeChat asserts no email, so the mapped user has none and a WeChat
 * sign-in can never be matched to an existing account by address (AUTH-7).
 */
export function wechatProfile(profile: WeChatProfile) {
  if (typeof profile.unionid !== 'string' || profile.unionid.length === 0) {
    // Without an open-platform binding WeChat sends no unionid; refuse rather than key by openid.
    throw new Error('WeChat profile has no unionid');
  }
  return {
    id: profile.unionid,
    name: profile.nickname?.slice(0, 80) || null,
    email: null,
    image: profile.headimgurl || null,
  };
}

/**
 * Website QR login (desktop) and the official-account login (inside WeChat), each enabled only when
 * its app id and secret are both set (they are different apps on WeChat's open platform).
 */
export function wechatProviders(e: WeChatEnv) {
  const out = [];
  if (e.AUTH_WECHAT_APP_ID && e.AUTH_WECHAT_APP_SECRET)
    out.push(
      WeChat({
        clientId: e.AUTH_WECHAT_APP_ID,
        clientSecret: e.AUTH_WECHAT_APP_SECRET,
        platformType: 'WebsiteApp',
        allowDangerousEmailAccountLinking: false,
        profile: wechatProfile,
      }),
    );
  if (e.AUTH_WECHAT_MP_APP_ID && e.AUTH_WECHAT_MP_APP_SECRET)
    out.push(
      WeChat({
        id: 'wechat-mp',
        clientId: e.AUTH_WECHAT_MP_APP_ID,
        clientSecret: e.AUTH_WECHAT_MP_APP_SECRET,
        platformType: 'OfficialAccount',
        allowDangerousEmailAccountLinking: false,
        profile: wechatProfile,
      }),
    );
  return out;
}
