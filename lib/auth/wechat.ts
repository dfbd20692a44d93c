import WeChat, { type WeChatProfile } from 'next-auth/providers/wechat';

import type { Env } from '@/lib/env';

type WeChatEnv = Partial<Pick<Env, 'AUTH_WECHAT_APP_ID' | 'AUTH_WECHAT_APP_SECRET'>>;

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

/** Website QR login (desktop); enabled only when both the app id and secret are set. */
export function wechatProviders(e: WeChatEnv) {
  if (!e.AUTH_WECHAT_APP_ID || !e.AUTH_WECHAT_APP_SECRET) return [];
  return [
    WeChat({
      clientId: e.AUTH_WECHAT_APP_ID,
      clientSecret: e.AUTH_WECHAT_APP_SECRET,
      platformType: 'WebsiteApp',
      allowDangerousEmailAccountLinking: false,
      profile: wechatProfile,
    }),
  ];
}
