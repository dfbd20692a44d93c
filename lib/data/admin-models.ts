import 'server-only';

import { desc, inArray } from 'drizzle-orm';

import { db } from '@/db';
import { mlModels, type MlModel } from '@/db/schema';
import { canModerate } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { readyNewestFirst } from '@/lib/data/ml-models';
import { AppError } from '@/lib/errors';

/** The kinds lib/data/recs-build.ts writes; the other MODEL_KINDS are reserved and never built. */
export const ADMIN_MODEL_KINDS = ['recs', 'category_knn'] as const;
export type AdminModelKind = (typeof ADMIN_MODEL_KINDS)[number];
export type ModelStatus = MlModel['status'];

/** One stored model version as the admin panel shows it: counts and metrics, never vectors or payload. */
export type ModelVersionDto = {
  kind: AdminModelKind;
  version: number;
  status: ModelStatus;
  /** The newest `ready` version of its kind: the one readers load. */
  served: boolean;
  createdAt: Date;
  finishedAt: Date | null;
  /** Courses in the model (recs) or labelled training courses (category suggester). */
  items: number | null;
  /** Learners with a vector (recs only). */
  users: number | null;
  dims: number | null;
  buildMs: number | null;
  /** Weighted user–course interactions the recs model learned from. */
  interactions: number | null;
  /** Held-out accuracy of the category suggester, 0–1. */
  accuracy: number | null;
};

export type AdminModelsDto = { served: ModelVersionDto[]; versions: ModelVersionDto[] };

export const ADMIN_MODELS_RECENT = 20;

/** ACCESS-4: checked here, not only by the admin layout. */
function assertAdmin(viewer: Viewer): void {
  if (!canModerate(viewer)) throw new AppError('FORBIDDEN', 'Errors.forbidden');
}

// Only these columns leave the table: `payload` (kNN points) and the vector tables are never read.
const COLUMNS = {
  kind: mlModels.kind,
  version: mlModels.version,
  status: mlModels.status,
  metrics: mlModels.metrics,
  dim: mlModels.dim,
  itemCount: mlModels.itemCount,
  userCount: mlModels.userCount,
  createdAt: mlModels.createdAt,
  completedAt: mlModels.completedAt,
};

type Row = Pick<MlModel, keyof typeof COLUMNS>;

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function toDto(row: Row, servedVersion: Map<MlModel['kind'], number>): ModelVersionDto {
  const m = row.metrics ?? {};
  return {
    kind: row.kind as AdminModelKind,
    version: row.version,
    status: row.status,
    served: servedVersion.get(row.kind) === row.version,
    createdAt: row.createdAt,
    finishedAt: row.completedAt,
    items: row.itemCount,
    users: row.userCount,
    dims: row.dim,
    buildMs: num(m.buildMs),
    interactions: num(m.interactions),
    accuracy: num(m.heldOutAccuracy),
  };
}

/**
 * Admin only. The served version of each model kind and the most recent versions of all kinds,
 * newest first, including building and failed ones.
 */
export async function listModelVersionsForAdmin(viewer: Viewer): Promise<AdminModelsDto> {
  assertAdmin(viewer);
  const [recent, ...servedRows] = await Promise.all([
    db
      .select(COLUMNS)
      .from(mlModels)
      .where(inArray(mlModels.kind, [...ADMIN_MODEL_KINDS]))
      .orderBy(desc(mlModels.id))
      .limit(ADMIN_MODELS_RECENT),
    // The same rule the readers follow (lib/data/ml-models.ts).
    ...ADMIN_MODEL_KINDS.map((kind) =>
      readyNewestFirst(db.select(COLUMNS).from(mlModels).$dynamic(), kind).limit(1),
    ),
  ]);
  const served = servedRows.flatMap((rows) => rows.slice(0, 1));
  const servedVersion = new Map(served.map((r) => [r.kind, r.version]));
  return {
    served: served.map((r) => toDto(r, servedVersion)),
    versions: recent.map((r) => toDto(r, servedVersion)),
  };
}
