import { z } from 'zod';

import { route } from '@/lib/api/route';
import { exportAccountData } from '@/lib/data/account-privacy';
import { findLiveToken } from '@/lib/data/auth-tokens';
import { AppError } from '@/lib/errors';

/**
 * DATA-2 download: the link from the export mail works for 24 hours and only in the owner's session.
 * A GET that changes nothing; the file is never cached.
 */
export const GET = route(
  { guard: 'user', query: z.object({ token: z.string().max(100) }) },
  async ({ viewer, query }) => {
    if (!(await findLiveToken(query.token, 'data_export', viewer.id)))
      throw new AppError('NOT_FOUND', 'Errors.exportExpired');
    const data = await exportAccountData(viewer);
    const day = new Date().toISOString().slice(0, 10);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="zhishi-data-${day}.json"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  },
);
