import { sql } from 'drizzle-orm';
import { bigint, customType, datetime, varchar } from 'drizzle-orm/mysql-core';

/** Public, non-guessable primary key (lib/ids.ts makes the values). */
export const idColumn = (name = 'id') => varchar(name, { length: 22 });

/** Internal sequence for append-only tables that are never reached by URL. */
export const seqId = () =>
  bigint('id', { mode: 'number', unsigned: true }).autoincrement().primaryKey();

export const createdAt = () =>
  datetime('created_at', { mode: 'date', fsp: 3 })
    .notNull()
    .default(sql`CURRENT_TIMESTAMP(3)`);

export const updatedAt = () =>
  datetime('updated_at', { mode: 'date', fsp: 3 })
    .notNull()
    .default(sql`CURRENT_TIMESTAMP(3)`)
    .$onUpdate(() => new Date());

export const timestamp = (name: string) => datetime(name, { mode: 'date', fsp: 3 });

/** Raw bytes (float32 vectors). */
export const bytes = customType<{ data: Buffer; driverData: Buffer }>({
  dataType() {
    return 'longblob';
  },
});
