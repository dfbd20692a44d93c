import 'server-only';

import { and, desc, eq } from 'drizzle-orm';
import type { MySqlSelect } from 'drizzle-orm/mysql-core';

import { mlModels, type ModelKind } from '@/db/schema';

/**
 * The served model of a kind is its newest `ready` version: builds flip `ready` last, so a
 * failed or half-written build is never served. Every reader (recs index, category suggester,
 * admin, rebuild trigger, pruning) narrows its query here, e.g.
 * `readyNewestFirst(db.select(cols).from(mlModels).$dynamic(), 'recs').limit(1)`.
 */
export function readyNewestFirst<T extends MySqlSelect>(query: T, kind: ModelKind) {
  return query
    .where(and(eq(mlModels.kind, kind), eq(mlModels.status, 'ready')))
    .orderBy(desc(mlModels.version));
}
