import { NextRequest } from 'next/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/support/next-headers'));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));

import { GET as exportRoute } from '@/app/api/account/export/route';
import { db, pool } from '@/db';
import {
  behaviourEvents,
  courseSections,
  enrollments,
  lessonComments,
  lessonProgress,
  lessons,
  mailOutbox,
  orders,
  reviews,
  wishlistItems,
} from '@/db/schema';
import { deleteAccountAction } from '@/lib/actions/account/delete-account';
import { requestDataExportAction } from '@/lib/actions/account/request-data-export';
import { getViewer } from '@/lib/auth/guards';
import { newId } from '@/lib/ids';
import { runAction } from '@/tests/support/actions';
import {
  createTestUser,
  SESSION_COOKIE,
  sessionToken,
  sessionVersionOf,
  type TestUser,
} from '@/tests/support/auth-users';
import { makeCourse } from '@/tests/support/dashboard-fixtures';
import { replaceCookies, resetRequest, setClientIp } from '@/tests/support/next-headers';

async function actAs(user: TestUser) {
  resetRequest();
  setClientIp('100.100.0.1');
  replaceCookies([
    { name: SESSION_COOKIE, value: await sessionToken(user.id, await sessionVersionOf(user.id)) },
  ]);
}

/** Rows in every table that holds something of a learner. */
async function seedLearnerData(user: TestUser, creatorId: string, marker: string) {
  const courseId = await makeCourse(creatorId);
  const sectionId = newId();
  await db.insert(courseSections).values({ id: sectionId, courseId, title: 'S', position: 1 });
  const lessonId = newId();
  await db
    .insert(lessons)
    .values({ id: lessonId, courseId, sectionId, title: 'L', kind: 'article', position: 1 });
  await db.insert(orders).values({
    id: newId(),
    userId: user.id,
    courseId,
    creatorId,
    listPriceMinor: 1000,
    amountMinor: 1000,
    currency: 'USD',
    status: 'paid',
    paidAt: new Date(),
  });
  await db
    .insert(enrollments)
    .values({ id: newId(), userId: user.id, courseId, source: 'purchase' });
  await db.insert(lessonProgress).values({ userId: user.id, lessonId, courseId, positionSec: 30 });
  await db
    .insert(reviews)
    .values({ id: newId(), userId: user.id, courseId, rating: 5, body: `review by ${marker}` });
  await db
    .insert(lessonComments)
    .values({ id: newId(), lessonId, courseId, userId: user.id, body: `comment by ${marker}` });
  await db.insert(wishlistItems).values({ userId: user.id, courseId });
  await db.insert(behaviourEvents).values({ userId: user.id, type: 'view', courseId });
  await db.insert(mailOutbox).values({
    toAddress: user.email,
    subject: 'Hi',
    textBody: `Hello ${marker}`,
    template: 'verifyEmail',
  });
  return { courseId };
}

/** Every text-like column of every table that contains the needle. */
async function tablesContaining(needle: string): Promise<string[]> {
  const [cols] = (await pool.query(
    `SELECT TABLE_NAME t, COLUMN_NAME c FROM information_schema.COLUMNS
     WHERE TABLE_SCHEMA = DATABASE() AND DATA_TYPE IN ('varchar','char','text','longtext','mediumtext')`,
  )) as unknown as [{ t: string; c: string }[]];
  const hits: string[] = [];
  for (const { t, c } of cols) {
    const [rows] = (await pool.query(`SELECT COUNT(*) n FROM \`${t}\` WHERE \`${c}\` LIKE ?`, [
      `%${needle}%`,
    ])) as unknown as [{ n: number }[]];
    if (Number(rows[0]!.n) > 0) hits.push(`${t}.${c}`);
  }
  return hits;
}

beforeEach(() => resetRequest());

describe('privacy rights', () => {
  it('DATA-2: the export holds the viewer’s rows from each table and nothing of another user', async () => {
    const creator = await createTestUser({ role: 'creator' });
    const me = await createTestUser({ name: 'Export Person' });
    const other = await createTestUser({ name: 'Other Person' });
    await seedLearnerData(me, creator.id, 'mine-marker');
    await seedLearnerData(other, creator.id, 'other-marker');
    await actAs(me);
    const out = await runAction(requestDataExportAction, {});
    const url = new URL((out.state as { data: { url: string } }).data.url);
    const res = await exportRoute(new NextRequest(url), { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
    const body = await res.text();
    const data = JSON.parse(body);
    for (const key of [
      'orders',
      'enrollments',
      'progress',
      'reviews',
      'comments',
      'wishlist',
      'events',
    ])
      expect(data[key].length).toBeGreaterThan(0);
    expect(data.profile.email).toBe(me.email);
    expect(body).toContain('mine-marker');
    expect(body).not.toContain('other-marker');
    expect(body).not.toContain(other.email);
    expect(body).not.toMatch(/argon2|passwordHash|totp_secret/i);

    // The link is the owner's only, and a second export the same day is refused.
    await actAs(other);
    expect((await exportRoute(new NextRequest(url), { params: Promise.resolve({}) })).status).toBe(
      404,
    );
    await actAs(me);
    expect((await runAction(requestDataExportAction, {})).state).toMatchObject({
      ok: false,
      code: 'RATE_LIMITED',
    });
  });

  it('DATA-2: deletion leaves no email or name behind, keeps the order pseudonymised, and ends the session', async () => {
    const creator = await createTestUser({ role: 'creator' });
    const me = await createTestUser({ name: 'Zed Deleteme Qx' });
    await seedLearnerData(me, creator.id, 'Zed Deleteme Qx');
    await actAs(me);
    const refused = await runAction(deleteAccountAction, { currentPassword: me.password });
    expect(refused.state).toMatchObject({
      ok: false,
      fieldErrors: { confirm: ['Validation.confirmRequired'] },
    });
    const out = await runAction(deleteAccountAction, {
      currentPassword: me.password,
      confirm: 'on',
    });
    expect(out.redirect).toBeDefined();

    expect(await tablesContaining(me.email)).toEqual(['mail_outbox.to_address']);
    expect(await tablesContaining('Zed Deleteme Qx')).toEqual([]);
    const [[order]] = (await pool.query('SELECT user_id FROM orders WHERE user_id = ?', [
      me.id,
    ])) as unknown as [{ user_id: string }[]];
    expect(order?.user_id).toBe(me.id);

    replaceCookies([{ name: SESSION_COOKIE, value: await sessionToken(me.id, 1) }]);
    expect(await getViewer()).toBeNull();
  });
});
