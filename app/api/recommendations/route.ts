import { NextResponse } from 'next/server';

import { isLocale, LOCALE_COOKIE, negotiateLocale } from '@/i18n/config';
import { route } from '@/lib/api/route';
import { getRecsForViewer } from '@/lib/data/recs';
import { recsQuerySchema } from '@/lib/validation/recs';

export const dynamic = 'force-dynamic';

/** for=me (the viewer's own; anonymous gets popular courses) or similar=<courseId>. */
export const GET = route(
  { guard: 'public', query: recsQuerySchema },
  async ({ req, query, viewer }) => {
    const cookieLocale = req.cookies.get(LOCALE_COOKIE)?.value;
    const result = await getRecsForViewer(
      viewer,
      query.similar ? { mode: 'similar', courseId: query.similar } : { mode: 'me' },
      {
        limit: query.limit,
        category: query.category,
        // The same rule as the pages (i18n/request.ts), so a rail speaks the page's language.
        locale: isLocale(cookieLocale)
          ? cookieLocale
          : negotiateLocale(req.headers.get('accept-language')),
      },
    );
    return NextResponse.json(result, { headers: { 'Cache-Control': 'private, no-store' } });
  },
);
