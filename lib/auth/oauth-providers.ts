import { isWeChatBrowser } from '@/lib/auth/wechat';
import { env } from '@/lib/env';

export const OAUTH_PROVIDERS = ['github', 'google', 'wechat', 'wechat-mp'] as const;
export type OAuthProviderId = (typeof OAUTH_PROVIDERS)[number];

export const OAUTH_PROVIDER_NAMES: Record<OAuthProviderId, string> = {
  github: 'GitHub',
  google: 'Google',
  wechat: 'WeChat',
  'wechat-mp': 'WeChat',
};

/** Providers whose id and secret are both set; the sign-in page shows a button for each. */
export function configuredOAuthProviders(): OAuthProviderId[] {
  const out: OAuthProviderId[] = [];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) out.push('github');
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) out.push('google');
  if (env.AUTH_WECHAT_APP_ID && env.AUTH_WECHAT_APP_SECRET) out.push('wechat');
  if (env.AUTH_WECHAT_MP_APP_ID && env.AUTH_WECHAT_MP_APP_SECRET) out.push('wechat-mp');
  return out;
}

/**
 * The buttons to show: one WeChat button at most. Inside WeChat's browser the official-account flow
 * (QR login cannot be scanned from the phone showing it); elsewhere the QR flow (the official-account
 * authorisation only opens inside WeChat).
 */
export function offeredOAuthProviders(
  configured: readonly OAuthProviderId[],
  userAgent: string | null | undefined,
): OAuthProviderId[] {
  const inWeChat = isWeChatBrowser(userAgent);
  return configured.filter((p) => {
    if (p === 'wechat-mp') return inWeChat;
    if (p === 'wechat') return !(inWeChat && configured.includes('wechat-mp'));
    return true;
  });
}
