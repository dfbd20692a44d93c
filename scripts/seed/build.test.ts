import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { buildSeedPlan, countRows } from './build';

const now = new Date('2026-11-25T00:00:00Z');
const plan = buildSeedPlan({ now, passwordHash: 'phc', adminTotpSealed: 'sealed' });
const { rows } = plan;

function signature(p: typeof plan) {
  return createHash('sha256').update(JSON.stringify(p)).digest('hex');
}

describe('buildSeedPlan', () => {
  it('produces identical data when run twice with the same clock', () => {
    const again = buildSeedPlan({ now, passwordHash: 'phc', adminTotpSealed: 'sealed' });
    expect(signature(again)).toBe(signature(plan));
  });

  it('meets the catalogue targets: categories, creators, courses, a third in Chinese, free and paid', () => {
    const counts = countRows(rows);
    expect(counts.categories).toBeGreaterThanOrEqual(8);
    expect(counts.creatorProfiles).toBeGreaterThanOrEqual(6);
    expect(counts.courses).toBeGreaterThanOrEqual(60);
    const zh = rows.courses.filter((c) => c.language === 'zh').length / rows.courses.length;
    expect(zh).toBeGreaterThan(0.28);
    expect(zh).toBeLessThan(0.42);
    const free = rows.courses.filter((c) => c.priceMinor === 0).length / rows.courses.length;
    expect(free).toBeGreaterThan(0.07);
    expect(free).toBeLessThan(0.15);
    expect(new Set(rows.courses.filter((c) => c.priceMinor > 0).map((c) => c.currency))).toEqual(
      new Set(['USD', 'CNY']),
    );
    // Some USD courses also sell in CNY, each at a chargeable price; free ones never.
    const dual = rows.courses.filter((c) => c.altPriceMinor != null);
    expect(dual.length).toBeGreaterThan(5);
    for (const c of dual) {
      expect(c).toMatchObject({ currency: 'USD', altCurrency: 'CNY' });
      expect(c.priceMinor).toBeGreaterThan(0);
      expect(c.altPriceMinor).toBeGreaterThanOrEqual(400);
    }
    const zhProgramming = rows.courses.filter(
      (c) =>
        c.language === 'zh' &&
        c.status === 'published' &&
        c.categoryId === rows.categories.find((k) => k.slug === 'programming')!.id,
    );
    expect(zhProgramming.length).toBeGreaterThanOrEqual(6);
    for (const status of ['draft', 'in_review', 'published', 'rejected', 'archived']) {
      expect(rows.courses.some((c) => c.status === status)).toBe(true);
    }
    expect(rows.courses.filter((c) => c.status === 'rejected').every((c) => c.moderationNote)).toBe(
      true,
    );
  });

  it('gives every course 2–5 sections of 2–6 lessons with a free first lesson', () => {
    for (const course of rows.courses) {
      const sections = rows.courseSections.filter((s) => s.courseId === course.id);
      expect(sections.length).toBeGreaterThanOrEqual(2);
      expect(sections.length).toBeLessThanOrEqual(5);
      for (const s of sections) {
        const n = rows.lessons.filter((l) => l.sectionId === s.id).length;
        expect(n).toBeGreaterThanOrEqual(2);
        expect(n).toBeLessThanOrEqual(6);
      }
      const first = rows.lessons.find(
        (l) => l.courseId === course.id && l.sectionId === sections[0]!.id && l.position === 0,
      );
      expect(first?.isPreview).toBe(true);
    }
  });

  it('keeps course counters equal to the rows that back them', () => {
    for (const course of rows.courses) {
      const active = rows.enrollments.filter(
        (e) => e.courseId === course.id && e.status === 'active',
      ).length;
      const reviews = rows.reviews.filter((r) => r.courseId === course.id);
      const lessons = rows.lessons.filter((l) => l.courseId === course.id);
      expect(course.enrollmentCount).toBe(active);
      expect(course.ratingCount).toBe(reviews.length);
      expect(course.ratingSum).toBe(reviews.reduce((s, r) => s + r.rating, 0));
      expect(course.durationSec).toBe(lessons.reduce((s, l) => s + (l.durationSec ?? 0), 0));
    }
  });

  it('backs every paid enrollment with a matching order and a balanced ledger', () => {
    const orders = new Map(rows.orders.map((o) => [o.id, o]));
    const courses = new Map(rows.courses.map((c) => [c.id, c]));
    for (const e of rows.enrollments) {
      const course = courses.get(e.courseId)!;
      if (course.priceMinor === 0) continue;
      const order = orders.get(e.orderId!)!;
      expect(order.status).toBe(e.status === 'active' ? 'paid' : 'refunded');
      expect(order.amountMinor).toBe(course.priceMinor - (order.discountMinor ?? 0));
      expect(order.currency).toBe(course.currency);
      expect(order.checkoutSessionId).toMatch(/^cs_demo_/);
      const ledger = rows.earningsLedger.filter((l) => l.orderId === order.id);
      const sale = ledger.find((l) => l.kind === 'sale')!.amountMinor;
      const fee = ledger.find((l) => l.kind === 'platform_fee')!.amountMinor;
      expect(sale).toBe(order.amountMinor);
      expect(-fee).toBe(Math.round(order.amountMinor * 0.2));
    }
  });

  it('skews enrolments towards a few popular courses (Zipf-like)', () => {
    const counts = rows.courses.map((c) => c.enrollmentCount ?? 0).sort((a, b) => b - a);
    const total = counts.reduce((s, c) => s + c, 0);
    const top10 = counts.slice(0, Math.ceil(counts.length * 0.1)).reduce((s, c) => s + c, 0);
    expect(top10 / total).toBeGreaterThan(0.2);
    expect(counts[0]!).toBeGreaterThan(5 * counts[Math.floor(counts.length / 2)]!);
  });

  it('has far more views than enrolments and per-user timestamps that only move forward', () => {
    const views = rows.behaviourEvents.filter((e) => e.type === 'view').length;
    const enrolls = rows.behaviourEvents.filter((e) => e.type === 'enroll').length;
    expect(enrolls).toBe(rows.enrollments.length);
    expect(views).toBeGreaterThan(5 * enrolls);
    const last = new Map<string, number>();
    const problems: string[] = [];
    const earliest = now.getTime() - 181 * 86_400_000;
    for (const e of rows.behaviourEvents) {
      const who = e.userId ?? e.anonId!;
      const t = e.createdAt!.getTime();
      if (t < (last.get(who) ?? 0)) problems.push(`event ${e.id} goes back in time`);
      if (t >= now.getTime() || t < earliest) problems.push(`event ${e.id} outside the window`);
      last.set(who, t);
    }
    expect(problems).toEqual([]);
    expect(rows.reviews.length / rows.enrollments.length).toBeGreaterThan(0.2);
    expect(rows.reviews.length / rows.enrollments.length).toBeLessThan(0.4);
  });

  it('plants language and category structure: Chinese programming learners take several such courses', () => {
    const programming = rows.categories.find((c) => c.slug === 'programming')!.id;
    const zhProg = new Set(
      rows.courses
        .filter((c) => c.language === 'zh' && c.categoryId === programming)
        .map((c) => c.id),
    );
    const perUser = new Map<string, number>();
    for (const e of rows.enrollments)
      if (zhProg.has(e.courseId)) perUser.set(e.userId, (perUser.get(e.userId) ?? 0) + 1);
    const repeaters = [...perUser.values()].filter((n) => n >= 2).length;
    expect(repeaters).toBeGreaterThanOrEqual(15);
  });
});
