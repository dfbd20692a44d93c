import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';

import type { Viewer } from '@/lib/auth/viewer';
import { env } from '@/lib/env';
import { makeCourse, makeUser, paidOrder } from '@/tests/support/dashboard-fixtures';

vi.mock('next/headers', () => import('@/tests/support/next-headers'));
let current: Viewer | null = null;
vi.mock('@/lib/auth/guards', () => ({ getViewer: async () => current }));
const { GET } = await import('@/app/api/orders/[id]/receipt.pdf/route');
const origin = new URL(env.APP_URL).origin;
const download = (id: string) =>
  GET(new NextRequest(`${origin}/api/orders/${id}/receipt.pdf`), {
    params: Promise.resolve({ id }),
  });

let buyer: Viewer;
let orderId: string;

beforeAll(async () => {
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
});
