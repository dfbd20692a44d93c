import 'server-only';

import { and, count, eq, isNotNull } from 'drizzle-orm';

import { db } from '@/db';
import { behaviourEvents, checkoutContexts, courses, orders } from '@/db/schema';
import { segmentFunnel, type SegmentedFunnel } from '@/lib/analytics/funnel-segments';
import type { Viewer } from '@/lib/auth/viewer';
import { assertAnalyticsViewer, inRange } from '@/lib/data/admin-analytics-scope';
import type { AnalyticsRange } from '@/lib/validation/studio-analytics';

/*
 * The funnel split by price band, device and payment method. Each step is counted where the
 * attribute is recorded, in the window:
 * - views: `view` events, banded by the viewed course's primary price (no device, no method);
 * - checkouts started: orders sent to payment, one checkout context each (written when the buyer is
 *   sent to pay, with the device class); the method is the one last tried, none when never tried;
 * - paid: orders whose payment landed in the window, as in the paid-orders figure.
 * Price bands are those of the payment-success model (`priceBand`), on the course's primary price,
 * so one course sits in one band at every step.
 */

/** Admins only (ACCESS-4). Views, checkouts and paid orders per price band, device and method. */
export async function getFunnelSegments(
  viewer: Viewer,
  range: AnalyticsRange,
): Promise<SegmentedFunnel> {
  assertAnalyticsViewer(viewer);
  const band = { priceMinor: courses.priceMinor, currency: courses.currency };
  const attempt = { ...band, device: checkoutContexts.device, method: orders.paymentMethod };
  const [views, checkouts, paid] = await Promise.all([
    db
      .select({ ...band, n: count() })
      .from(behaviourEvents)
      // LEFT: a view of a course removed since still counts, in the "unknown" band.
      .leftJoin(courses, eq(courses.id, behaviourEvents.courseId))
      .where(and(eq(behaviourEvents.type, 'view'), inRange(behaviourEvents.createdAt, range)))
      .groupBy(courses.priceMinor, courses.currency),
    db
      .select({ ...attempt, n: count() })
      .from(checkoutContexts)
      .innerJoin(orders, eq(orders.id, checkoutContexts.orderId))
      .leftJoin(courses, eq(courses.id, orders.courseId))
      .where(inRange(checkoutContexts.createdAt, range))
      .groupBy(courses.priceMinor, courses.currency, checkoutContexts.device, orders.paymentMethod),
    db
      .select({ ...attempt, n: count() })
      .from(orders)
      // LEFT: an order paid without a recorded context (free with a coupon) has an unknown device.
      .leftJoin(checkoutContexts, eq(checkoutContexts.orderId, orders.id))
      .leftJoin(courses, eq(courses.id, orders.courseId))
      .where(and(isNotNull(orders.paidAt), inRange(orders.paidAt, range)))
      .groupBy(courses.priceMinor, courses.currency, checkoutContexts.device, orders.paymentMethod),
  ]);
  return segmentFunnel({ views, checkouts, paid });
}
