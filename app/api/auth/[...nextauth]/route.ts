import type { NextRequest } from 'next/server';

import { errorResponse } from '@/lib/api/route';
import { handlers } from '@/lib/auth';
import { clientIpFrom } from '@/lib/auth/client-ip';
import { signInBlockedFor } from '@/lib/auth/sign-in-flow';
import { rateLimited } from '@/lib/rate-limit';

export const { GET } = handlers;

/**
 * Auth.js endpoints. A credentials POST whose (email, IP) or IP window is spent gets 429 with
 * Retry-After before Auth.js runs (AUTH-5); the same checks also run inside `authorize`.
 */
export async function POST(req: NextRequest): Promise<Response> {
  if (req.nextUrl.pathname.endsWith('/callback/credentials')) {
    const form = await req
      .clone()
      .formData()
      .catch(() => null);
    const email = form?.get('email');
    if (typeof email === 'string' && email.length <= 254) {
      const retryAfter = await signInBlockedFor(email, clientIpFrom(req.headers));
      if (retryAfter !== null) return errorResponse(rateLimited(retryAfter));
    }
  }
  return handlers.POST(req);
}
