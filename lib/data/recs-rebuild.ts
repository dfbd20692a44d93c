import 'server-only';

import { asc, gt } from 'drizzle-orm';

import { db } from '@/db';
import { behaviourEvents, mlModels } from '@/db/schema';
import { canModerate } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { readyNewestFirst } from '@/lib/data/ml-models';
import { buildRecsModel, isRecsBuildRunning } from '@/lib/data/recs-build';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { logger } from '@/lib/logger';
import { invalidateRecsIndex, reloadRecsIndex } from '@/lib/recs/load-index';

/** At most one look at the event counter per process in this window: callers may run on every event. */
const CHECK_EVERY_MS = 30_000;
const g = globalThis as unknown as { zhishiRecsRebuild?: { checkedAt: number } };
const state = (g.zhishiRecsRebuild ??= { checkedAt: 0 });

/** True when `threshold` behaviour events arrived after the newest ready model was built. */
export async function isRecsRebuildDue(
  threshold = env.RECS_REBUILD_AFTER_EVENTS,
): Promise<boolean> {
  const [model] = await readyNewestFirst(
    db.select({ params: mlModels.params }).from(mlModels).$dynamic(),
    'recs',
  ).limit(1);
  const mark = Number(
    (model?.params as { eventWatermark?: number } | undefined)?.eventWatermark ?? 0,
  );
  // Primary-key range probe: finds the threshold-th newer event without counting them all.
  const [nth] = await db
    .select({ id: behaviourEvents.id })
    .from(behaviourEvents)
    .where(gt(behaviourEvents.id, mark))
    .orderBy(asc(behaviourEvents.id))
    .limit(1)
    .offset(threshold - 1);
  return nth !== undefined;
}

/**
 * Cheap, non-blocking hook for event-recording code: at most one check per 30 s per process,
 * and when enough new interactions arrived, one background build (single-flight). Never throws.
 */
export function maybeScheduleRecsRebuild(): void {
  const now = Date.now();
  if (isRecsBuildRunning() || now - state.checkedAt < CHECK_EVERY_MS) return;
  state.checkedAt = now;
  void (async () => {
    if (!(await isRecsRebuildDue())) return;
    await buildRecsModel();
    invalidateRecsIndex();
  })().catch((err: unknown) => logger.error({ err }, 'recs: scheduled rebuild failed'));
}

/** Admins only. Builds a new version now (single-flight) and switches this process to it. */
export async function rebuildRecsForAdmin(
  viewer: Viewer,
): Promise<{ version: number; items: number; users: number }> {
  if (!canModerate(viewer)) throw new AppError('FORBIDDEN', 'Errors.forbidden');
  if (isRecsBuildRunning()) throw new AppError('CONFLICT', 'Admin.recs.buildRunning');
  const result = await buildRecsModel();
  await reloadRecsIndex();
  return { version: result.version, items: result.items, users: result.users };
}
