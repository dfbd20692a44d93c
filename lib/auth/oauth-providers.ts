import { env } from '@/lib/env';

export const OAUTH_PROVIDERS = ['github', 'google', 'wechat'] as const;
export type OAuthProviderId = (typeof OAUTH_PROVIDERS)[number];

export const OAUTH_PROVIDER_NAMES: Record<OAuthProviderId, string> = {
  github: 'GitHub',
  google: 'Google',
  wechat: 'WeChat',
};

/** Providers whose id and secret are both set; the sign-in page shows a button for each. */
export function configuredOAuthProviders(): OAuthProviderId[] {
  const out: OAuthProviderId[] = [];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) out.push('github');
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) out.push('google');
  if (env.AUTH_WECHAT_APP_ID && env.AUTH_WECHAT_APP_SECRET) out.push('wechat');
  return out;
}
