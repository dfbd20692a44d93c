import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { db } from '@/db';
import { verifyPassword } from '@/lib/auth/password';
import { openTotpSecret } from '@/lib/auth/totp';
import { resolveInRoot } from '@/lib/storage/local-files';
import { DEMO_ACCOUNTS, DEMO_ADMIN_TOTP_SECRET } from '@/scripts/seed/accounts';
import { seedDemo, type SeedResult } from '@/scripts/seed/index';

const now = new Date('2026-11-25T00:00:00Z');
let mediaRoot: string;
let first: SeedResult;

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const [result] = (await db.execute(query)) as unknown as [T[]];
  return result;
}

async function scalar(query: ReturnType<typeof sql>): Promise<number> {
  const [row] = await rows<{ n: number | string }>(query);
  return Number(row?.n ?? 0);
}

beforeAll(async () => {
  mediaRoot = await mkdtemp(path.join(os.tmpdir(), 'zhishi-seed-'));
  first = await seedDemo(db, { mediaRoot, now });
}, 180_000);

afterAll(async () => {
  await rm(mediaRoot, { recursive: true, force: true });
});

describe('seedDemo', () => {
  it('creates the catalogue a visitor would believe', async () => {
    expect(
      await scalar(
        sql`SELECT COUNT(*) n FROM categories WHERE name_zh <> '' AND description_zh IS NOT NULL`,
      ),
    ).toBeGreaterThanOrEqual(8);
    expect(
      await scalar(
        sql`SELECT COUNT(*) n FROM creator_profiles p JOIN users u ON u.id = p.user_id WHERE u.role = 'creator' AND p.avatar_url IS NOT NULL`,
      ),
    ).toBeGreaterThanOrEqual(6);
    const courses = await scalar(sql`SELECT COUNT(*) n FROM courses`);
    const zh = await scalar(sql`SELECT COUNT(*) n FROM courses WHERE language = 'zh'`);
    expect(courses).toBeGreaterThanOrEqual(60);
    expect(zh / courses).toBeGreaterThan(0.28);
    expect(zh / courses).toBeLessThan(0.42);
    expect(await scalar(sql`SELECT COUNT(*) n FROM courses WHERE price_minor = 0`)).toBeGreaterThan(
      0,
    );
    expect(
      await scalar(sql`SELECT COUNT(*) n FROM courses WHERE price_minor > 0 AND currency = 'USD'`),
    ).toBeGreaterThan(0);
    expect(
      await scalar(sql`SELECT COUNT(*) n FROM courses WHERE price_minor > 0 AND currency = 'CNY'`),
    ).toBeGreaterThan(0);
    expect(
      await scalar(
        sql`SELECT COUNT(*) n FROM courses c JOIN categories k ON k.id = c.category_id WHERE k.slug = 'programming' AND c.language = 'zh' AND c.status = 'published'`,
      ),
    ).toBeGreaterThanOrEqual(6);
    expect(
      await scalar(sql`SELECT COUNT(*) n FROM courses WHERE cover_url NOT LIKE '/api/images/%'`),
    ).toBe(0);
  });

  it('creates 300 learners and the three demo accounts with working sign-in data', async () => {
    expect(
      await scalar(sql`SELECT COUNT(*) n FROM users WHERE email LIKE 'learner___@demo.zhishi.dev'`),
    ).toBe(300);
    for (const account of DEMO_ACCOUNTS) {
      const [user] = await rows<{
        role: string;
        password_hash: string;
        email_verified_at: Date | null;
        totp_secret: string | null;
      }>(
        sql`SELECT role, password_hash, email_verified_at, totp_secret FROM users WHERE email = ${account.email}`,
      );
      expect(user?.role).toBe(account.role);
      expect(user?.email_verified_at).not.toBeNull();
      expect(await verifyPassword(user!.password_hash, account.password)).toBe(true);
      if (account.role === 'admin')
        expect(openTotpSecret(user!.totp_secret!)).toBe(DEMO_ADMIN_TOTP_SECRET);
    }
    const creator = DEMO_ACCOUNTS.find((a) => a.role === 'creator')!;
    const statuses = await rows<{ status: string }>(
      sql`SELECT DISTINCT c.status FROM courses c JOIN users u ON u.id = c.creator_id WHERE u.email = ${creator.email}`,
    );
    expect(statuses.map((s) => s.status).sort()).toEqual([
      'archived',
      'draft',
      'in_review',
      'published',
      'rejected',
    ]);
    const learner = DEMO_ACCOUNTS.find((a) => a.role === 'learner')!;
    expect(
      await scalar(sql`SELECT COUNT(*) n FROM enrollments e JOIN users u ON u.id = e.user_id JOIN courses c ON c.id = e.course_id
        JOIN categories k ON k.id = c.category_id WHERE u.email = ${learner.email} AND c.language = 'zh' AND k.slug = 'programming'`),
    ).toBe(2);
  });

  it('keeps course counters consistent with the rows behind them', async () => {
    const mismatches = await rows<{ id: string }>(sql`
      SELECT c.id FROM courses c
      LEFT JOIN (SELECT course_id, COUNT(*) n FROM enrollments WHERE status = 'active' GROUP BY course_id) e ON e.course_id = c.id
      LEFT JOIN (SELECT course_id, COUNT(*) n, SUM(rating) s FROM reviews WHERE status = 'visible' GROUP BY course_id) r ON r.course_id = c.id
      LEFT JOIN (SELECT course_id, SUM(duration_sec) d FROM lessons GROUP BY course_id) l ON l.course_id = c.id
      WHERE c.enrollment_count <> COALESCE(e.n, 0) OR c.rating_count <> COALESCE(r.n, 0)
         OR c.rating_sum <> COALESCE(r.s, 0) OR c.duration_sec <> COALESCE(l.d, 0)`);
    expect(mismatches).toEqual([]);
  });

  it('backs every paid active enrollment with a paid order and ledger rows', async () => {
    expect(
      await scalar(sql`SELECT COUNT(*) n FROM enrollments e JOIN courses c ON c.id = e.course_id
        LEFT JOIN orders o ON o.id = e.order_id AND o.status = 'paid' AND o.user_id = e.user_id AND o.amount_minor = c.price_minor - o.discount_minor
        WHERE e.status = 'active' AND c.price_minor > 0 AND o.id IS NULL`),
    ).toBe(0);
    expect(
      await scalar(
        sql`SELECT COUNT(*) n FROM orders o WHERE o.status = 'paid' AND (SELECT COUNT(*) FROM earnings_ledger l WHERE l.order_id = o.id) <> 2`,
      ),
    ).toBe(0);
    const [fee] = await rows<{ value: unknown }>(
      sql`SELECT value FROM platform_settings WHERE \`key\` = 'platform_fee_bps'`,
    );
    expect(Number(typeof fee?.value === 'string' ? JSON.parse(fee.value) : fee?.value)).toBe(2000);
  });

  it('records behaviour shaped like real usage: many more views than enrolments', async () => {
    const views = await scalar(sql`SELECT COUNT(*) n FROM behaviour_events WHERE type = 'view'`);
    const enrolls = await scalar(
      sql`SELECT COUNT(*) n FROM behaviour_events WHERE type = 'enroll'`,
    );
    expect(enrolls).toBe(await scalar(sql`SELECT COUNT(*) n FROM enrollments`));
    expect(views).toBeGreaterThan(5 * enrolls);
    expect(
      await scalar(sql`SELECT COUNT(*) n FROM course_search_terms WHERE term = '学习'`),
    ).toBeGreaterThan(0);
    expect(await scalar(sql`SELECT COUNT(DISTINCT course_id) n FROM course_search_terms`)).toBe(
      await scalar(sql`SELECT COUNT(*) n FROM courses`),
    );
  });

  it('puts every media file on disk with the size recorded in its row', async () => {
    const assets = await rows<{ storage_key: string; size_bytes: number | string; status: string }>(
      sql`SELECT storage_key, size_bytes, status FROM media_assets`,
    );
    expect(assets.length).toBeGreaterThan(60);
    for (const a of assets) {
      const file = resolveInRoot(a.storage_key, mediaRoot);
      expect(existsSync(file)).toBe(true);
      expect(statSync(file).size).toBe(Number(a.size_bytes));
      expect(a.status).toBe('ready');
      expect(a.storage_key).toMatch(/^media\/[0-9A-Za-z]+\/[0-9a-z]+\.(webp|mp4|mp3|pdf)$/);
    }
    const lessonMedia = await scalar(
      sql`SELECT COUNT(*) n FROM lessons l JOIN media_assets m ON m.id = l.media_id WHERE m.kind = l.kind`,
    );
    expect(lessonMedia).toBe(
      await scalar(sql`SELECT COUNT(*) n FROM lessons WHERE kind <> 'article'`),
    );
  });

  it('gives the same counts when run a second time', async () => {
    const second = await seedDemo(db, { mediaRoot, now });
    expect(second.counts).toEqual(first.counts);
    expect(await scalar(sql`SELECT COUNT(*) n FROM users`)).toBe(first.counts.users);
    expect(await scalar(sql`SELECT COUNT(*) n FROM behaviour_events`)).toBe(
      first.counts.behaviourEvents,
    );
    expect(await scalar(sql`SELECT COUNT(*) n FROM lesson_progress`)).toBe(
      first.counts.lessonProgress,
    );
  }, 180_000);
});
