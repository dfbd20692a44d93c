import 'server-only';

import { sql } from 'drizzle-orm';

import { db } from '@/db';
import { users } from '@/db/schema';
import { batchedReads } from '@/lib/data/batched-reads';
import type { Viewer } from '@/lib/auth/viewer';

/** Runs on every signed-in request: prepared once, so Drizzle does not rebuild the SQL each time. */
const viewerRowsByIds = db
  .select({
    id: users.id,
    role: users.role,
    name: users.name,
    email: users.email,
    emailVerified: users.emailVerified,
    locale: users.locale,
    status: users.status,
    sessionVersion: users.sessionVersion,
    totpEnabledAt: users.totpEnabledAt,
  })
  .from(users)
  .where(sql`${users.id} in (${sql.placeholder('ids')})`)
  .prepare();

type ViewerRow = Awaited<ReturnType<typeof viewerRowsByIds.execute>>[number];

/**
 * Session checks that arrive together share one query; each still sees the database as it is now
 * (AUTH-4), while a busy server pays one round trip per batch instead of one per request.
 */
const sessionRows = batchedReads<string, ViewerRow | undefined>(async (ids) => {
  const rows = await viewerRowsByIds.execute({ ids: [...new Set(ids)] });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id));
}, 200);

/** Session check (AUTH-4): active user whose session version matches the token's. */
export async function getViewerForSession(
  userId: string,
  sessionVersion: number,
): Promise<Viewer | null> {
  const row = await sessionRows.load(userId);
  if (!row || row.status !== 'active' || row.sessionVersion !== sessionVersion) return null;
  const twoFactorEnabled = row.totpEnabledAt !== null;
  // Admin powers need a second factor: until enrolment the admin is treated as a learner (AUTH-6).
  const mustEnrolTwoFactor = row.role === 'admin' && !twoFactorEnabled;
  return {
    id: row.id,
    role: mustEnrolTwoFactor ? 'learner' : row.role,
    twoFactorEnabled,
    mustEnrolTwoFactor,
    name: row.name,
    email: row.email,
    emailVerified: row.emailVerified !== null,
    locale: row.locale,
  };
}
