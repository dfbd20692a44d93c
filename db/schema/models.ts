import {
  index,
  int,
  json,
  mysqlEnum,
  mysqlTable,
  primaryKey,
  smallint,
  unique,
  varchar,
} from 'drizzle-orm/mysql-core';

import { bytes, createdAt, idColumn, seqId, timestamp } from './columns';

export const MODEL_KINDS = ['recs', 'category_knn', 'conversion', 'interest'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];
export const MODEL_STATUSES = ['building', 'ready', 'failed'] as const;

/**
 * Versions of every learned model. The newest `ready` version of a kind is served; a failed build
 * never replaces a good one because readers only look at `ready` rows.
 */
export const mlModels = mysqlTable(
  'ml_models',
  {
    id: seqId(),
    kind: mysqlEnum('kind', MODEL_KINDS).notNull(),
    version: int('version', { unsigned: true }).notNull(),
    status: mysqlEnum('status', MODEL_STATUSES).notNull().default('building'),
    params: json('params').$type<Record<string, unknown>>().notNull(),
    metrics: json('metrics').$type<Record<string, unknown>>(),
    /** Small models (kNN, logistic weights) live here; recommendation vectors have their own tables. */
    payload: json('payload').$type<unknown>(),
    dim: smallint('dim', { unsigned: true }),
    itemCount: int('item_count', { unsigned: true }),
    userCount: int('user_count', { unsigned: true }),
    error: varchar('error', { length: 1000 }),
    createdAt: createdAt(),
    completedAt: timestamp('completed_at'),
  },
  (t) => [
    unique('ml_models_kind_version_uq').on(t.kind, t.version),
    index('ml_models_kind_status_idx').on(t.kind, t.status),
  ],
);

/** L2-normalised float32 item vectors, little-endian bytes. */
export const recItemVectors = mysqlTable(
  'rec_item_vectors',
  {
    modelId: int('model_id', { unsigned: true }).notNull(),
    courseId: idColumn('course_id').notNull(),
    popularity: int('popularity', { unsigned: true }).notNull().default(0),
    vector: bytes('vector').notNull(),
  },
  (t) => [primaryKey({ columns: [t.modelId, t.courseId] })],
);

export const recUserVectors = mysqlTable(
  'rec_user_vectors',
  {
    modelId: int('model_id', { unsigned: true }).notNull(),
    userId: idColumn('user_id').notNull(),
    vector: bytes('vector').notNull(),
  },
  (t) => [primaryKey({ columns: [t.modelId, t.userId] })],
);

/**
 * A model's HNSW graph over its item vectors (large catalogues only: lib/recs/kernel.ts), as the
 * bytes usearch saves, in parts that stay under the server's packet limit.
 */
export const recIndexParts = mysqlTable(
  'rec_index_parts',
  {
    modelId: int('model_id', { unsigned: true }).notNull(),
    part: smallint('part', { unsigned: true }).notNull(),
    bytes: bytes('bytes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.modelId, t.part] })],
);

export type MlModel = typeof mlModels.$inferSelect;
export type NewMlModel = typeof mlModels.$inferInsert;
