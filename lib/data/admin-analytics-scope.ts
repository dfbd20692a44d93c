import 'server-only';

import { and, gte, lt } from 'drizzle-orm';
import type { MySqlColumn } from 'drizzle-orm/mysql-core';

import { canManageUsers } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { AppError } from '@/lib/errors';
import type { AnalyticsRange } from '@/lib/validation/studio-analytics';

/* Shared by the platform analytics queries: who may run them, and the UTC window they read. */

/** Admins only (ACCESS-4): each platform analytics function calls this itself. */
export function assertAnalyticsViewer(viewer: Viewer): void {
  if (!canManageUsers(viewer)) throw new AppError('FORBIDDEN', 'Errors.forbidden');
}

/** `from` inclusive, `to` exclusive. */
export function inRange(column: MySqlColumn, range: Pick<AnalyticsRange, 'from' | 'to'>) {
  return and(gte(column, range.from), lt(column, range.to));
}
