import 'server-only';

import { inArray } from 'drizzle-orm';

import { db } from '@/db';
import { platformSettings } from '@/db/schema';

/** Platform settings the payment flow reads; defaults apply until an admin stores a value. */
export type PaymentSettings = {
  platformFeeBps: number;
  refundWindowDays: number;
  refundMaxConsumedPercent: number;
};

export const DEFAULT_PAYMENT_SETTINGS: PaymentSettings = {
  platformFeeBps: 2000,
  refundWindowDays: 14,
  refundMaxConsumedPercent: 30,
};

export const PAYMENT_SETTING_KEYS = {
  platformFeeBps: 'platform_fee_bps',
  refundWindowDays: 'refund_window_days',
  refundMaxConsumedPercent: 'refund_max_consumed_pct',
} as const;

function asInt(value: unknown, fallback: number): number {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isSafeInteger(n) && n >= 0 ? n : fallback;
}

export async function getPaymentSettings(): Promise<PaymentSettings> {
  const rows = await db
    .select({ key: platformSettings.key, value: platformSettings.value })
    .from(platformSettings)
    .where(inArray(platformSettings.key, Object.values(PAYMENT_SETTING_KEYS)));
  const byKey = new Map(rows.map((r) => [r.key, r.value]));
  const d = DEFAULT_PAYMENT_SETTINGS;
  return {
    platformFeeBps: asInt(byKey.get(PAYMENT_SETTING_KEYS.platformFeeBps), d.platformFeeBps),
    refundWindowDays: asInt(byKey.get(PAYMENT_SETTING_KEYS.refundWindowDays), d.refundWindowDays),
    refundMaxConsumedPercent: asInt(
      byKey.get(PAYMENT_SETTING_KEYS.refundMaxConsumedPercent),
      d.refundMaxConsumedPercent,
    ),
  };
}
