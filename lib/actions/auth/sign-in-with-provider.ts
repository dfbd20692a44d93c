'use server';

import { z } from 'zod';

import { action } from '@/lib/actions/safe-action';
import { signIn } from '@/lib/auth';
import { configuredOAuthProviders, OAUTH_PROVIDERS } from '@/lib/auth/oauth-providers';
import { safeRedirect } from '@/lib/auth/safe-redirect';
import { AppError } from '@/lib/errors';

const schema = z.object({
  provider: z.enum(OAUTH_PROVIDERS),
  callbackUrl: z.string().max(2048).optional(),
});

/** Starts an OAuth sign-in with a configured provider; Auth.js handles state and PKCE. */
export const signInWithProviderAction = action(
  { schema, guard: 'public', name: 'auth.signInWithProvider' },
  async (input) => {
    if (!configuredOAuthProviders().includes(input.provider))
      throw new AppError('NOT_FOUND', 'Errors.notFound');
    await signIn(input.provider, { redirectTo: safeRedirect(input.callbackUrl, '/') });
  },
);
