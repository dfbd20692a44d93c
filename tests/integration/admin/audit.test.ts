import { describe, expect, it } from 'vitest';

import { db } from '@/db';
import { auditLog } from '@/db/schema';
import { listAuditLog } from '@/lib/data/admin-audit';
import { setUserStatus } from '@/lib/data/admin-users';
import { newId } from '@/lib/ids';

import { makeUser } from '../../support/dashboard-fixtures';

describe('admin audit log viewer', () => {
  it('ACCESS-5: an admin change shows up with its actor, reason and only what changed', async () => {
    const admin = await makeUser('admin', `Auditor ${newId(6)}`);
    const target = await makeUser('learner');
    await setUserStatus(admin, '203.0.113.7', target.id, 'suspended', 'Spam in comments');
    const { rows } = await listAuditLog(admin, { target: target.id });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'user.suspend',
      actorId: admin.id,
      actorName: admin.name,
      actorIp: '203.0.113.7',
      targetType: 'user',
      reason: 'Spam in comments',
      changes: [['status', '"active"', '"suspended"']],
    });
  });

  it('filters by actor, action prefix and an inclusive UTC day range', async () => {
    const admin = await makeUser('admin', `Filterer ${newId(6)}`);
    const other = await makeUser('admin');
    const target = newId();
    const at = (day: string) => new Date(`${day}T12:00:00Z`);
    await db.insert(auditLog).values([
      {
        actorUserId: admin.id,
        action: 'refund.admin',
        targetType: 'order',
        targetId: target,
        at: at('2026-03-01'),
      },
      {
        actorUserId: admin.id,
        action: 'user.role',
        targetType: 'user',
        targetId: target,
        at: at('2026-03-02'),
      },
      {
        actorUserId: other.id,
        action: 'refund.admin',
        targetType: 'order',
        targetId: target,
        at: at('2026-03-03'),
      },
    ]);
    const actions = async (f: Parameters<typeof listAuditLog>[1]) =>
      (await listAuditLog(admin, { target, ...f })).rows.map(
        (r) => `${r.action}@${r.at.toISOString().slice(0, 10)}`,
      );
    // Newest first.
    expect(await actions({})).toEqual([
      'refund.admin@2026-03-03',
      'user.role@2026-03-02',
      'refund.admin@2026-03-01',
    ]);
    expect(await actions({ actor: admin.name })).toEqual([
      'user.role@2026-03-02',
      'refund.admin@2026-03-01',
    ]);
    expect(await actions({ actor: other.id })).toEqual(['refund.admin@2026-03-03']);
    expect(await actions({ action: 'refund' })).toEqual([
      'refund.admin@2026-03-03',
      'refund.admin@2026-03-01',
    ]);
    expect(await actions({ from: '2026-03-02', to: '2026-03-02' })).toEqual([
      'user.role@2026-03-02',
    ]);
    expect(await actions({ from: '2026-03-03' })).toEqual(['refund.admin@2026-03-03']);
    // A LIKE wildcard is a literal character.
    expect(await actions({ action: 'user_role' })).toEqual([]);
  });

  it('ACCESS-4: learners and creators cannot read the audit log', async () => {
    for (const role of ['learner', 'creator'] as const)
      await expect(listAuditLog(await makeUser(role), {})).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
  });
});
