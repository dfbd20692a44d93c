import 'server-only';

import { eq } from 'drizzle-orm';

import { db } from '@/db';
import { users } from '@/db/schema';
import type { Locale } from '@/i18n/config';
import type { Viewer } from '@/lib/auth/viewer';

/** The viewer's own row only: the id comes from the session, never from the form. */
export async function updateViewerLocale(viewer: Viewer, locale: Locale): Promise<void> {
  await db.update(users).set({ locale }).where(eq(users.id, viewer.id));
}
