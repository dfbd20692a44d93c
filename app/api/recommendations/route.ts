import { route } from '@/lib/api/route';
import { getRecsForViewer } from '@/lib/data/recs';
import { recsToJson } from '@/lib/data/recs-json';
import { recsQuerySchema } from '@/lib/validation/recs';

export const dynamic = 'force-dynamic';

/** for=me (the viewer's own; anonymous gets popular courses) or similar=<courseId>. */
export const GET = route(
  { guard: 'public', query: recsQuerySchema },
  async ({ req, query, viewer }) => {
    const cookieLocale = req.cookies.get('NEXT_LOCALE')?.value;
    const locale = (cookieLocale ?? viewer?.locale ?? 'en').startsWith('zh') ? 'zh-CN' : 'en';
    const result = await getRecsForViewer(
      viewer,
      query.similar ? { mode: 'similar', courseId: query.similar } : { mode: 'me' },
      { limit: query.limit, category: query.category, locale },
    );
    return new Response(recsToJson(result), {
      headers: { 'Content-Type': 'application/json', 'Cache-Control': 'private, no-store' },
    });
  },
);
