import 'server-only';

import type { Tx } from '@/db';
import { auditLog } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';

export type AuditChange = {
  action: string;
  targetType: string;
  targetId: string;
  before: unknown;
  after: unknown;
  reason?: string | null;
};

/**
 * One audit row for one change, inside the change's transaction (ACCESS-5): admin actions, and
 * creators' changes to money (prices, coupons). No row, no change.
 */
export async function writeAudit(
  tx: Tx,
  actor: Viewer,
  actorIp: string,
  entry: AuditChange,
): Promise<void> {
  await tx.insert(auditLog).values({
    actorUserId: actor.id,
    actorIp: actorIp.slice(0, 45),
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    before: entry.before,
    after: entry.after,
    reason: entry.reason?.slice(0, 1000) || null,
  });
}
