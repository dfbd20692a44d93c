import { NextResponse } from 'next/server';

export const dynamic = 'force-dynamic';

/** Liveness only (no database): also the framework's floor in `npm run recs:bench`. */
export function GET() {
  return NextResponse.json({ ok: true }, { headers: { 'Cache-Control': 'no-store' } });
}
