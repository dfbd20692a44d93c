import { route } from '@/lib/api/route';
import { checkSession, getSessionClaims } from '@/lib/auth/guards';
import { getRecsForViewer } from '@/lib/data/recs';
import { recsToJson } from '@/lib/data/recs-json';
import { isLocale, LOCALE_COOKIE, negotiateLocale } from '@/i18n/config';
import { recsQuerySchema } from '@/lib/validation/recs';

export const dynamic = 'force-dynamic';

/**
 * for=me (the viewer's own; anonymous gets popular courses) or similar=<courseId>. The session
 * check (AUTH-4) runs here rather than in the wrapper, so it can overlap the recommendations' own
 * live check; `getRecsForViewer` returns nothing personal until that check confirms the user.
 */
export const GET = route(
  { guard: 'public', query: recsQuerySchema, viewer: 'handler' },
  async ({ req, query }) => {
    const claims = await getSessionClaims();
    const check = checkSession(claims);
    const cookieLocale = req.cookies.get(LOCALE_COOKIE)?.value;
    const result = await getRecsForViewer(
      claims ? { id: claims.uid, check } : await check,
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
    return new Response(recsToJson(result), {
      headers: { 'Content-Type': 'application/json', 'Cache-Control': 'private, no-store' },
    });
  },
);
