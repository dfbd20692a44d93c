import 'server-only';

import type { Viewer } from '@/lib/auth/viewer';
import { consumedPercent } from '@/lib/payments/refunds';
import { getPaymentSettings } from '@/lib/payments/settings';

export type RefundRuleNote = {
  windowDays: number;
  maxConsumedPercent: number;
  /** The signed-in learner's own consumption of this course; null when signed out. */
  consumedPercent: number | null;
};

/** The plain refund rule shown on paid course pages and at checkout, with the viewer's own numbers. */
export async function getRefundRuleNote(
  viewer: Viewer | null,
  courseId: string,
): Promise<RefundRuleNote> {
  const [settings, consumed] = await Promise.all([
    getPaymentSettings(),
    viewer ? consumedPercent(viewer.id, courseId) : Promise.resolve(null),
  ]);
  return {
    windowDays: settings.refundWindowDays,
    maxConsumedPercent: settings.refundMaxConsumedPercent,
    consumedPercent: consumed,
  };
}
