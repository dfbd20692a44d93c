import 'server-only';

import { inArray } from 'drizzle-orm';

import { db } from '@/db';
import { platformSettings } from '@/db/schema';
import { canManageUsers } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { writeAudit } from '@/lib/data/audit';
import { CREATOR_CAN_SEE_EMAILS_KEY, getCreatorCanSeeEmails } from '@/lib/data/studio-students';
import { AppError } from '@/lib/errors';
import { getReviewPolicy } from '@/lib/data/review-policy';
import { getPaymentSettings, PAYMENT_SETTING_KEYS } from '@/lib/payments/settings';
import { REVIEW_POLICY_KEY } from '@/lib/review-policy';
import type { PlatformSettingsInput } from '@/lib/validation/admin-settings';

export type PlatformSettings = Omit<PlatformSettingsInput, 'reason'>;

/** Each setting's row key in platform_settings; the readers beside the features use the same keys. */
const KEYS: Record<keyof PlatformSettings, string> = {
  ...PAYMENT_SETTING_KEYS,
  creatorCanSeeEmails: CREATOR_CAN_SEE_EMAILS_KEY,
  reviewPolicy: REVIEW_POLICY_KEY,
};

function assertAdmin(viewer: Viewer) {
  if (!canManageUsers(viewer)) throw new AppError('FORBIDDEN', 'Errors.forbidden');
}

/** The values in force (stored, else the defaults), as the features read them. */
export async function getPlatformSettingsForAdmin(viewer: Viewer): Promise<PlatformSettings> {
  assertAdmin(viewer);
  const [payments, creatorCanSeeEmails, reviewPolicy] = await Promise.all([
    getPaymentSettings(),
    getCreatorCanSeeEmails(),
    getReviewPolicy(),
  ]);
  return { ...payments, creatorCanSeeEmails, reviewPolicy };
}

/**
 * Stores the settings that changed and one audit row with their before and after values and the
 * reason, in one transaction (ACCESS-5): no audit row, no change. Nothing changed writes nothing.
 */
export async function updatePlatformSettings(
  viewer: Viewer,
  actorIp: string,
  input: PlatformSettingsInput,
): Promise<{ changed: (keyof PlatformSettings)[] }> {
  const current = await getPlatformSettingsForAdmin(viewer);
  const { reason, ...next } = input;
  const changed = (Object.keys(KEYS) as (keyof PlatformSettings)[]).filter(
    (k) => current[k] !== next[k],
  );
  if (changed.length === 0) return { changed };
  await db.transaction(async (tx) => {
    // Lock the rows being changed so two admins saving at once are serialised.
    await tx
      .select({ key: platformSettings.key })
      .from(platformSettings)
      .where(
        inArray(
          platformSettings.key,
          changed.map((k) => KEYS[k]),
        ),
      )
      .for('update');
    for (const k of changed)
      await tx
        .insert(platformSettings)
        .values({ key: KEYS[k], value: next[k], updatedBy: viewer.id })
        .onDuplicateKeyUpdate({ set: { value: next[k], updatedBy: viewer.id } });
    await writeAudit(tx, viewer, actorIp, {
      action: 'settings.update',
      targetType: 'settings',
      targetId: 'platform',
      before: Object.fromEntries(changed.map((k) => [k, current[k]])),
      after: Object.fromEntries(changed.map((k) => [k, next[k]])),
      reason,
    });
  });
  return { changed };
}
