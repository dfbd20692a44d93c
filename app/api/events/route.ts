import { NextResponse } from 'next/server';

import { readBodyLimited, requireSameOriginBeacon } from '@/lib/api/beacon';
import { route } from '@/lib/api/route';
import { clientIpFrom } from '@/lib/auth/client-ip';
import { recordEvents } from '@/lib/data/events';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import {
  ANON_COOKIE,
  ANON_MAX_AGE,
  newAnonId,
  signAnonId,
  verifyAnonId,
} from '@/lib/events/anon-id';
import { consumeLimit } from '@/lib/rate-limit';
import {
  clientEventSchema,
  eventBatchSchema,
  MAX_BATCH_BYTES,
  type ClientEvent,
} from '@/lib/validation/events';

export const dynamic = 'force-dynamic';

/**
 * Behaviour-event beacon (ABUSE-4, DATA-1). Order matters: origin, then size (before any parsing),
 * then the envelope, then the rate limits, then per-event validation (invalid ones are dropped,
 * the batch survives), then visibility and de-duplication, then one multi-row insert.
 */
export const POST = route({ guard: 'public' }, async ({ req, viewer }) => {
  requireSameOriginBeacon(req, env.APP_URL);
  const text = await readBodyLimited(req, MAX_BATCH_BYTES);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('BAD_REQUEST', 'Errors.invalidJson');
  }
  const batch = eventBatchSchema.safeParse(json);
  if (!batch.success) throw new AppError('BAD_REQUEST', 'Errors.invalidBatch');

  const known = verifyAnonId(req.cookies.get(ANON_COOKIE)?.value);
  const anonId = viewer ? null : (known ?? newAnonId());
  const size = batch.data.events.length;
  await consumeLimit('eventsIpMinute', clientIpFrom(req.headers), size);
  await consumeLimit('eventsMinute', viewer ? `u:${viewer.id}` : `a:${anonId}`, size);

  const events: ClientEvent[] = [];
  for (const raw of batch.data.events) {
    const parsed = clientEventSchema.safeParse(raw);
    if (parsed.success) events.push(parsed.data);
  }
  // A batch with nothing usable is refused outright; otherwise bad items are dropped and counted.
  if (events.length === 0) throw new AppError('BAD_REQUEST', 'Errors.noValidEvents');
  const { written, invisible } = await recordEvents({ viewer, anonId }, events);
  if (invisible === events.length) throw new AppError('BAD_REQUEST', 'Errors.noValidEvents');
  const res = NextResponse.json(
    { accepted: written, dropped: size - written },
    { status: 202, headers: { 'Cache-Control': 'no-store' } },
  );
  if (anonId && anonId !== known) {
    res.cookies.set(ANON_COOKIE, signAnonId(anonId), {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: env.APP_URL.startsWith('https://'),
      maxAge: ANON_MAX_AGE,
    });
  }
  return res;
});
