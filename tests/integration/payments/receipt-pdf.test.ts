import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { Viewer } from '@/lib/auth/viewer';
import { env } from '@/lib/env';
import { startCheckout } from '@/lib/payments/checkout';
import type * as ReceiptPdfModule from '@/lib/payments/receipt-pdf';
import { adminRefundOrder } from '@/lib/payments/refunds';
import type { Emulator } from '@/scripts/stripe-emulator/server';
import { makeCourse, makeUser, paidOrder } from '@/tests/support/dashboard-fixtures';

import { deliverSigned, sessionOf, startTestEmulator } from './emulator';

vi.mock('next/headers', () => import('@/tests/support/next-headers'));
let current: Viewer | null = null;
vi.mock('@/lib/auth/guards', () => ({ getViewer: async () => current }));
// The real renderer, watched, so a test can read the rows a receipt was drawn from.
vi.mock('@/lib/payments/receipt-pdf', async (importOriginal) => {
  const real = await importOriginal<typeof ReceiptPdfModule>();
  return { ...real, renderReceiptPdf: vi.fn(real.renderReceiptPdf) };
});
const { GET } = await import('@/app/api/orders/[id]/receipt.pdf/route');
const { renderReceiptPdf } = await import('@/lib/payments/receipt-pdf');
const origin = new URL(env.APP_URL).origin;
const download = (id: string) =>
  GET(new NextRequest(`${origin}/api/orders/${id}/receipt.pdf`), {
    params: Promise.resolve({ id }),
  });

let buyer: Viewer;
let orderId: string;
let emu: Emulator;

beforeAll(async () => {
  emu = await startTestEmulator();
  const creator = await makeUser('creator');
  buyer = await makeUser('learner', '李明');
  const courseId = await makeCourse(creator.id, { title: 'Python 编程入门', priceMinor: 12900 });
  orderId = await paidOrder({
    buyerId: buyer.id,
    courseId,
    creatorId: creator.id,
    amountMinor: 12900,
    currency: 'CNY',
  });
});
afterAll(() => emu.close());

describe('GET /api/orders/<id>/receipt.pdf', () => {
  it('gives the buyer a PDF receipt (Chinese title and name included)', async () => {
    current = buyer;
    const res = await download(orderId);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="receipt-${orderId}.pdf"`,
    );
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/);
    expect(bytes.length).toBeGreaterThan(800);
  });

  it('ACCESS-1: gives an admin the receipt, and a stranger or a wrong id the same 404', async () => {
    current = await makeUser('admin');
    expect((await download(orderId)).status).toBe(200);
    for (const [viewer, id] of [
      [await makeUser('learner'), orderId],
      [await makeUser('creator'), orderId],
      [buyer, 'not-an-id'],
      [buyer, 'A'.repeat(22)],
    ] as const) {
      current = viewer;
      const res = await download(id);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await res.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    }
    current = null;
    expect((await download(orderId)).status).toBe(401);
  });

  it('PAY-7: shows each refund, the refunded total and the net paid of a partly refunded order, not the request’s amount', async () => {
    const creator = await makeUser('creator');
    const learner = await makeUser('learner');
    const courseId = await makeCourse(creator.id, { priceMinor: 3000 });
    const session = sessionOf(emu, await startCheckout(learner, courseId));
    const [completed] = emu.state.pay(session, 'card');
    await deliverSigned(emu, completed!);
    const id = session.metadata.order_id!;
    // An admin's refund (which records a refund row of 1000), then one made at Stripe's dashboard.
    await adminRefundOrder(await makeUser('admin'), id, 'Late start', { amountMinor: 1000 });
    for (const ev of emu.state.events.slice(-2)) await deliverSigned(emu, ev);
    const charge = emu.state.charges.get(
      emu.state.intents.get(session.payment_intent!)!.latest_charge!,
    )!;
    emu.state.refund(charge, 500);
    for (const ev of emu.state.events.slice(-2)) await deliverSigned(emu, ev);

    current = learner;
    expect((await download(id)).status).toBe(200);
    const rows = vi.mocked(renderReceiptPdf).mock.lastCall![0].rows;
    const after = rows.findIndex(([label]) => label === 'Paid on') + 1;
    expect(rows.slice(after)).toEqual([
      ['Refund 1', expect.stringMatching(/^\$10 on .+ UTC$/)],
      ['Refund 2', expect.stringMatching(/^\$5 on .+ UTC$/)],
      ['Refunded', '$15'],
      ['Net paid', '$15'],
    ]);
  });
});
