import { NextResponse } from 'next/server';

import { route } from '@/lib/api/route';
import { checkDatabase } from '@/lib/data/health';

export const dynamic = 'force-dynamic';

/** Liveness and database reachability; 503 when the database does not answer. */
export const GET = route({ guard: 'public' }, async () => {
  const database = await checkDatabase();
  const ok = database.ok;
  return NextResponse.json(
    { status: ok ? 'ok' : 'degraded', app: 'ok', database },
    { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
});
