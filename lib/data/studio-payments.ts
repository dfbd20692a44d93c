import 'server-only';

import { and, desc, eq, sql } from 'drizzle-orm';

import { db } from '@/db';
import { courses, earningsLedger, orders, refunds, type LedgerKind } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { isCurrency, money, type Money } from '@/lib/money';

const toMoney = (amount: number, currency: string) =>
  money(amount, isCurrency(currency) ? currency : 'USD');

export type RefundRequestRow = {
  id: string;
  orderId: string;
  courseTitle: string;
  amount: Money;
  reason: string;
  createdAt: Date;
};

/** Open refund requests on the viewer's own courses (admins see all); scoped in SQL (ACCESS-3). */
export async function listRefundRequests(viewer: Viewer): Promise<RefundRequestRow[]> {
  const rows = await db
    .select({
      id: refunds.id,
      orderId: refunds.orderId,
      courseTitle: courses.title,
      amountMinor: refunds.amountMinor,
      currency: refunds.currency,
      reason: refunds.reason,
      createdAt: refunds.createdAt,
    })
    .from(refunds)
    .innerJoin(orders, eq(orders.id, refunds.orderId))
    .innerJoin(courses, eq(courses.id, orders.courseId))
    .where(
      and(
        eq(refunds.status, 'requested'),
        viewer.role === 'admin' ? undefined : eq(orders.creatorId, viewer.id),
      ),
    )
    .orderBy(desc(refunds.createdAt))
    .limit(100);
  return rows.map(({ amountMinor, currency, ...r }) => ({
    ...r,
    amount: toMoney(amountMinor, currency),
  }));
}

export type LedgerLine = {
  id: number;
  courseTitle: string;
  kind: LedgerKind;
  amount: Money;
  createdAt: Date;
};

/** The creator's own ledger lines, newest first, and their balance per currency. */
export async function listMyLedger(viewer: Viewer) {
  const [lines, balances] = await Promise.all([
    db
      .select({
        id: earningsLedger.id,
        courseTitle: courses.title,
        kind: earningsLedger.kind,
        amountMinor: earningsLedger.amountMinor,
        currency: earningsLedger.currency,
        createdAt: earningsLedger.createdAt,
      })
      .from(earningsLedger)
      .leftJoin(orders, eq(orders.id, earningsLedger.orderId))
      .leftJoin(courses, eq(courses.id, orders.courseId))
      .where(eq(earningsLedger.creatorId, viewer.id))
      .orderBy(desc(earningsLedger.id))
      .limit(200),
    db
      .select({
        currency: earningsLedger.currency,
        net: sql<string>`sum(${earningsLedger.amountMinor})`,
      })
      .from(earningsLedger)
      .where(eq(earningsLedger.creatorId, viewer.id))
      .groupBy(earningsLedger.currency),
  ]);
  return {
    lines: lines.map((l): LedgerLine => ({
      id: l.id,
      courseTitle: l.courseTitle ?? '',
      kind: l.kind,
      amount: toMoney(l.amountMinor, l.currency),
      createdAt: l.createdAt,
    })),
    balances: balances.map((b) => toMoney(Number(b.net), b.currency)),
  };
}
