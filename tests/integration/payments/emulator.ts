import { and, eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';

import { POST as webhook } from '@/app/api/stripe/webhook/route';
import { db } from '@/db';
import { earningsLedger, enrollments, orders } from '@/db/schema';
import { env } from '@/lib/env';
import { startEmulator, type Emulator } from '@/scripts/stripe-emulator/server';
import type { Session, StripeEvent } from '@/scripts/stripe-emulator/state';

/** The Stripe emulator in-process on the port lib/payments/stripe.ts was configured with. */
export async function startTestEmulator(): Promise<Emulator> {
  return startEmulator({
    port: Number(new URL(env.STRIPE_EMULATOR_URL).port),
    webhookSecret: env.STRIPE_WEBHOOK_SECRET,
    // Tests deliver explicitly (deliverSigned) so they control order and concurrency.
    deliver: async () => undefined,
  });
}

/** POSTs a payload to the real webhook route handler, signed unless `signature` says otherwise. */
export async function postWebhook(payload: string, signature: string | null) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signature !== null) headers['stripe-signature'] = signature;
  const req = new NextRequest('http://localhost:3000/api/stripe/webhook', {
    method: 'POST',
    headers,
    body: payload,
  });
  return webhook(req, { params: Promise.resolve({}) });
}

export async function deliverSigned(emu: Emulator, event: StripeEvent) {
  const payload = JSON.stringify(event, null, 2);
  return postWebhook(payload, emu.sign(payload));
}

export function sessionOf(emu: Emulator, sessionUrl: string): Session {
  const id = sessionUrl.split('/').pop()!;
  const s = emu.state.sessions.get(id);
  if (!s) throw new Error(`no session ${id}`);
  return s;
}

/** Rows that exactly-once assertions count. */
export async function effectsOf(orderId: string) {
  const [order] = await db.select().from(orders).where(eq(orders.id, orderId));
  const ledger = await db.select().from(earningsLedger).where(eq(earningsLedger.orderId, orderId));
  const enrolled = order
    ? await db
        .select()
        .from(enrollments)
        .where(and(eq(enrollments.userId, order.userId), eq(enrollments.courseId, order.courseId)))
    : [];
  return { order: order!, ledger, enrolments: enrolled };
}
