import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { db } from '@/db';
import { behaviourEvents } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { env } from '@/lib/env';
import { ANON_COOKIE, signAnonId } from '@/lib/events/anon-id';
import { newId } from '@/lib/ids';
import { makeCourse, makeUser } from '@/tests/support/dashboard-fixtures';

import { makeLessons } from './events-fixtures';

const who = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('@/lib/auth/guards', () => ({ getViewer: async () => who.viewer }));

const { POST } = await import('@/app/api/events/route');
const ORIGIN = new URL(env.APP_URL).origin;

function post(body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = {}) {
  const req = new NextRequest(`${ORIGIN}/api/events`, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'text/plain;charset=UTF-8',
      origin: ORIGIN,
      'x-forwarded-for': `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.1`,
      ...headers,
    },
    // Node's fetch needs this for a streamed body.
    ...(typeof body === 'string' ? {} : { duplex: 'half' }),
  });
  return POST(req, { params: Promise.resolve({}) });
}
const batch = (events: unknown[]) => JSON.stringify({ events });

async function eventsOf(userId: string) {
  return db.select().from(behaviourEvents).where(eq(behaviourEvents.userId, userId));
}

beforeEach(() => {
  who.viewer = null;
  vi.restoreAllMocks();
});

describe('POST /api/events', () => {
  it('ABUSE-4: a valid batch of 50 writes 50 rows with ONE insert', async () => {
    const user = await makeUser('learner');
    const courseId = await makeCourse((await makeUser('creator')).id);
    who.viewer = user;
    const events = Array.from({ length: 50 }, (_, i) =>
      i % 2 ? { type: 'search', value: i } : { type: 'checkout_start', courseId },
    );
    const insert = vi.spyOn(db, 'insert');
    const res = await post(batch(events));
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ accepted: 50, dropped: 0 });
    expect(insert).toHaveBeenCalledTimes(1);
    expect(await eventsOf(user.id)).toHaveLength(50);
  });

  it('ABUSE-4: junk gets 4xx and writes nothing (bad JSON, wrong types, 10 MB, 10,000 events)', async () => {
    const user = await makeUser('learner');
    who.viewer = user;
    expect((await post('{not json')).status).toBe(400);
    expect((await post(batch([{ type: 'view', courseId: 42 }, { type: 'hack' }]))).status).toBe(
      400,
    );
    expect((await post(JSON.stringify({ events: 'x' }))).status).toBe(400);
    const tenThousand = batch(Array.from({ length: 10_000 }, () => ({ type: 'page_view' })));
    expect((await post(tenThousand)).status).toBe(413);
    const big = 'x'.repeat(10 * 1024 * 1024);
    expect((await post(big, { 'content-length': String(big.length) })).status).toBe(413);
    // No Content-Length (chunked): cut off while streaming, long before 10 MB are read.
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 10 * 1024 * 1024) return controller.close();
        sent += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(32));
      },
    });
    expect((await post(stream)).status).toBe(413);
    expect(sent).toBeLessThan(1024 * 1024);
    expect(
      (await post(batch(Array.from({ length: 51 }, () => ({ type: 'page_view' }))))).status,
    ).toBe(400);
    expect(await eventsOf(user.id)).toEqual([]);
  });

  it('ABUSE-4: invalid items are dropped without failing the batch; unknown course ids are not stored', async () => {
    const user = await makeUser('learner');
    who.viewer = user;
    const courseId = await makeCourse((await makeUser('creator')).id);
    const draftId = await makeCourse((await makeUser('creator')).id, { status: 'draft' });
    const res = await post(
      batch([
        { type: 'view', courseId },
        { type: 'view', courseId: newId() },
        { type: 'view', courseId: draftId },
        { type: 'bogus' },
        { type: 'search', value: 'many' },
        { type: 'page_view', path: '/free-text-is-refused' },
      ]),
    );
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ accepted: 1, dropped: 5 });
    expect((await eventsOf(user.id)).map((e) => e.courseId)).toEqual([courseId]);
    // Only unknown/invisible objects: the whole batch is refused.
    expect((await post(batch([{ type: 'view', courseId: newId() }]))).status).toBe(400);
  });

  it('ABUSE-4: lesson events need access to the lesson (canAccessLesson on stored rows)', async () => {
    const user = await makeUser('learner');
    who.viewer = user;
    const courseId = await makeCourse((await makeUser('creator')).id);
    const { preview, paid } = await makeLessons(courseId);
    const res = await post(
      batch([
        { type: 'lesson_start', courseId, lessonId: preview },
        { type: 'lesson_start', courseId, lessonId: paid },
        { type: 'progress', courseId, lessonId: preview, value: 40 },
      ]),
    );
    expect(await res.json()).toEqual({ accepted: 2, dropped: 1 });
    expect((await eventsOf(user.id)).map((e) => e.lessonId).sort()).toEqual([preview, preview]);
  });

  it('ABUSE-4: one view per user and course in 30 minutes, however many are sent', async () => {
    const user = await makeUser('learner');
    who.viewer = user;
    const courseId = await makeCourse((await makeUser('creator')).id);
    const views = Array.from({ length: 50 }, () => ({ type: 'view', courseId }));
    await post(batch(views));
    await post(batch(views));
    expect(await eventsOf(user.id)).toHaveLength(1);
  });

  it('ABUSE-4: the 121st event in a minute is refused with 429', async () => {
    const user = await makeUser('learner');
    who.viewer = user;
    const events = (n: number) => Array.from({ length: n }, () => ({ type: 'page_view' }));
    expect((await post(batch(events(50)))).status).toBe(202);
    expect((await post(batch(events(50)))).status).toBe(202);
    expect((await post(batch(events(20)))).status).toBe(202);
    const res = await post(batch(events(1)));
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBeTruthy();
    expect(await eventsOf(user.id)).toHaveLength(120);
  });

  it('ABUSE-4: visitors get a signed anonymous id; a forged one is replaced; cross-origin is refused', async () => {
    const first = await post(batch([{ type: 'page_view' }]));
    expect(first.status).toBe(202);
    const cookie = first.headers.get('set-cookie') ?? '';
    const value = decodeURIComponent(/zs_anon=([^;]+)/.exec(cookie)![1]!);
    const anonId = value.split('.')[0]!;
    expect(signAnonId(anonId)).toBe(value);
    const again = await post(batch([{ type: 'page_view' }]), { cookie: `${ANON_COOKIE}=${value}` });
    expect(again.headers.get('set-cookie')).toBeNull();
    const forged = `${anonId}.AAAA`;
    const res = await post(batch([{ type: 'page_view' }]), { cookie: `${ANON_COOKIE}=${forged}` });
    expect(res.headers.get('set-cookie')).toContain(ANON_COOKIE);
    const rows = await db.select().from(behaviourEvents).where(eq(behaviourEvents.anonId, anonId));
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.userId === null)).toBe(true);
    const known = { cookie: `${ANON_COOKIE}=${value}` };
    const cross = await post(batch([{ type: 'page_view' }]), {
      ...known,
      origin: 'https://evil.example',
    });
    expect(cross.status).toBe(403);
    const html = await post(batch([{ type: 'page_view' }]), {
      ...known,
      'content-type': 'text/html',
    });
    expect(html.status).toBe(400);
    const after = await db.select().from(behaviourEvents).where(eq(behaviourEvents.anonId, anonId));
    expect(after).toHaveLength(2);
  });

  it('DATA-1: stored events keep who, what, which object and when: no IP, user agent or free text', async () => {
    const user = await makeUser('learner');
    who.viewer = user;
    const res = await post(
      batch([
        { type: 'search', value: 3 },
        { type: 'search', value: 3, q: 'my private query' },
        { type: 'page_view', url: 'https://example.test/?email=a@b.c' },
      ]),
      { 'user-agent': 'Mozilla/5.0 (X11; Linux) Secret/1.0' },
    );
    expect(await res.json()).toEqual({ accepted: 1, dropped: 2 });
    const rows = await eventsOf(user.id);
    expect(rows).toHaveLength(1);
    // `detail` holds only server-chosen codes (a checkout's payment method or decline reason).
    expect(Object.keys(rows[0]!).sort()).toEqual(
      [
        'anonId',
        'courseId',
        'createdAt',
        'detail',
        'id',
        'lessonId',
        'type',
        'userId',
        'value',
      ].sort(),
    );
    expect(rows[0]!.detail).toBeNull();
    expect(JSON.stringify(rows)).not.toMatch(/private|Mozilla|email/);
  });
});
