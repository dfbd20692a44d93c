import 'server-only';

import { desc, eq } from 'drizzle-orm';

import { db } from '@/db';
import { mlModels } from '@/db/schema';
import { canModerate } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { isInterestTrainingRunning, trainInterestModel } from '@/lib/data/interest-model';
import { readyNewestFirst } from '@/lib/data/ml-models';
import { AppError } from '@/lib/errors';

/** Admins only. Trains a new version now (single-flight). */
export async function trainInterestForAdmin(
  viewer: Viewer,
): Promise<{ version: number; rmse: number; baselineRmse: number }> {
  if (!canModerate(viewer)) throw new AppError('FORBIDDEN', 'Errors.forbidden');
  if (isInterestTrainingRunning()) throw new AppError('CONFLICT', 'InterestModel.running');
  const r = await trainInterestModel();
  return { version: r.version, rmse: r.metrics.rmse, baselineRmse: r.metrics.baselineRmse };
}

export type InterestVersionDto = {
  version: number;
  status: 'building' | 'ready' | 'failed';
  served: boolean;
  createdAt: Date;
  finishedAt: Date | null;
  rmse: number | null;
  baselineRmse: number | null;
  users: number | null;
  categories: number | null;
  trainMs: number | null;
};

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Admin only. The most recent interest model versions, newest first; never weights or error text. */
export async function listInterestVersionsForAdmin(
  viewer: Viewer,
  limit = 10,
): Promise<InterestVersionDto[]> {
  if (!canModerate(viewer)) throw new AppError('FORBIDDEN', 'Errors.forbidden');
  const cols = {
    version: mlModels.version,
    status: mlModels.status,
    metrics: mlModels.metrics,
    createdAt: mlModels.createdAt,
    completedAt: mlModels.completedAt,
  };
  const [rows, served] = await Promise.all([
    db
      .select(cols)
      .from(mlModels)
      .where(eq(mlModels.kind, 'interest'))
      .orderBy(desc(mlModels.version))
      .limit(limit),
    readyNewestFirst(db.select({ version: mlModels.version }).from(mlModels).$dynamic(), 'interest')
      .limit(1)
      .then((r) => r[0]?.version ?? null),
  ]);
  return rows.map((r) => {
    const m = r.metrics ?? {};
    return {
      version: r.version,
      status: r.status,
      served: r.version === served,
      createdAt: r.createdAt,
      finishedAt: r.completedAt,
      rmse: num(m.rmse),
      baselineRmse: num(m.baselineRmse),
      users: num(m.users),
      categories: num(m.categories),
      trainMs: num(m.trainMs),
    };
  });
}
