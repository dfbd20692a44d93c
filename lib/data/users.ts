import 'server-only';

import { eq, sql } from 'drizzle-orm';

import { db } from '@/db';
import { users } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';

/** Runs on every signed-in request: prepared once, so Drizzle does not rebuild the SQL each time. */
const viewerRowById = db
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
  .where(eq(users.id, sql.placeholder('id')))
  .limit(1)
  .prepare();

/**
 * Session check (AUTH-4): one plain query, read as the database is now. The caller (`getViewer()`)
 * runs it once per request; nothing is remembered between requests.
 */
export async function getViewerForSession(
  userId: string,
  sessionVersion: number,
): Promise<Viewer | null> {
  const [row] = await viewerRowById.execute({ id: userId });
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
