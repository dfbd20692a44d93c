import { NextResponse } from 'next/server';

import { requireSameOriginJson, route } from '@/lib/api/route';
import { saveLessonProgress } from '@/lib/data/progress';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { saveProgressSchema } from '@/lib/validation/learning';

/**
 * The player's periodic and on-leave progress reports (a keepalive fetch, so it survives the page
 * closing). Same-origin JSON only (NEXT-7); the user is the session's, never the body's.
 */
export const POST = route({ guard: 'user' }, async ({ req, viewer }) => {
  requireSameOriginJson(req, env.APP_URL);
  const text = await req.text();
  if (text.length > 1024) throw new AppError('PAYLOAD_TOO_LARGE', 'Learn.errors.invalidProgress');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError('BAD_REQUEST', 'Learn.errors.invalidProgress');
  }
  const parsed = saveProgressSchema.safeParse(body);
  if (!parsed.success) throw new AppError('BAD_REQUEST', 'Learn.errors.invalidProgress');
  const saved = await saveLessonProgress(viewer, parsed.data);
  return NextResponse.json(saved);
});
