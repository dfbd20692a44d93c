import type { Profile } from 'next-auth';

/**
 * AUTH-7: which OAuth emails the provider itself has verified. Only such an email may create an
 * account here; an unverified one could be anybody's address (pre-account-takeover).
 */
export type GitHubEmail = { email: string; primary: boolean; verified: boolean };

/** GitHub's primary address, only if GitHub verified it; never the first address of the list. */
export function verifiedGitHubEmail(emails: unknown): string | null {
  if (!Array.isArray(emails)) return null;
  const primary = (emails as GitHubEmail[]).find((e) => e?.primary === true);
  return primary?.verified === true && typeof primary.email === 'string' ? primary.email : null;
}

/**
 * Auth.js's GitHub userinfo step, replaced: the default takes the public profile email or, failing
 * that, the primary (or first) address without looking at `verified`. Ours always asks
 * `/user/emails` and sets `email` and `email_verified` from the primary verified address only.
 */
export async function githubUserinfo(
  accessToken: string,
  apiBaseUrl = 'https://api.github.com',
  fetchImpl: typeof fetch = fetch,
): Promise<Profile> {
  const headers = { Authorization: `Bearer ${accessToken}`, 'User-Agent': 'zhishi' };
  const profile = (await (await fetchImpl(`${apiBaseUrl}/user`, { headers })).json()) as Profile;
  const res = await fetchImpl(`${apiBaseUrl}/user/emails`, { headers });
  const email = res.ok ? verifiedGitHubEmail(await res.json()) : null;
  return { ...profile, email, email_verified: email !== null };
}

/** True when the provider says it verified this profile's email (GitHub: set by githubUserinfo). */
export function providerVerifiedEmail(provider: string, profile: Profile | undefined): boolean {
  if (!profile || typeof profile.email !== 'string' || profile.email === '') return false;
  if (provider === 'google' || provider === 'github') return profile.email_verified === true;
  // A provider we have not reviewed never vouches for an email.
  return false;
}
