import { REVIEWS } from './data/texts';
import { enroll, type Journal } from './journey';
import type { Learner } from './people';
import { at, DAY_MS, HOUR_MS, type CourseFacts } from './plan';
import { createRng, type Rng } from './random';

const CATEGORY_FIT = [1, 0.6, 0.4];
// Learners who prefer Chinese rarely buy English courses, and the reverse is rarer still.
const LANG_FIT = {
  zh: { zh: 1, en: 0.04 },
  en: { en: 1, zh: 0.01 },
  both: { en: 0.85, zh: 0.85 },
} as const;
const REPLIES = {
  en: [
    'Thank you for the kind words, glad it helped!',
    'Thanks for the honest feedback. I am adding more exercises in the next update.',
  ],
  zh: ['谢谢你的认可，很高兴对你有帮助！', '感谢真诚的反馈，下次更新会补充更多练习。'],
};

/** How well a course matches a learner's hidden tastes, 0..1. */
export function preferenceFit(learner: Learner, course: CourseFacts): number {
  const rank = learner.favourites.indexOf(course.category);
  const cat = rank >= 0 ? (CATEGORY_FIT[rank] ?? 0.4) : 0.03;
  return cat * LANG_FIT[learner.lang][course.lang];
}

function priceFactor(learner: Learner, course: CourseFacts): number {
  if (course.priceMinor === 0) return 1 + learner.priceSensitivity;
  // Compare in USD-ish terms: CNY prices are about seven times larger numbers.
  const usd = course.currency === 'CNY' ? course.priceMinor / 7 : course.priceMinor;
  return Math.max(0.15, 1 - learner.priceSensitivity * Math.min(1, usd / 10_000) * 0.8);
}

function weightedSample<T>(r: Rng, items: T[], weights: number[], n: number): T[] {
  const pool = items.map((item, i) => ({ item, w: weights[i]! })).filter((p) => p.w > 0);
  const out: T[] = [];
  while (out.length < n && pool.length > 0) {
    const picked = r.weighted(
      pool,
      pool.map((p) => p.w),
    );
    out.push(picked.item);
    pool.splice(pool.indexOf(picked), 1);
  }
  return out;
}

function stars(r: Rng, fit: number): number {
  return Math.min(5, Math.max(1, Math.round(r.normal(2.7 + 2.3 * fit, 0.7))));
}

function reviewBody(r: Rng, lang: 'en' | 'zh', rating: number): string | null {
  if (!r.chance(0.65)) return null;
  const band = rating >= 4 ? 'high' : rating === 3 ? 'mid' : 'low';
  return r.pick(REVIEWS[lang][band]);
}

/** Browsing, enrolments, progress and reviews of the 300 generated learners. */
export function buildLearnerBehaviour(j: Journal, courses: CourseFacts[], learners: Learner[]) {
  const open = courses.filter((c) => c.status === 'published' && c.publishedAt);
  for (const learner of learners) {
    const r = createRng(`learner:${learner.id}`);
    const fits = open.map((c) => preferenceFit(learner, c));
    const enrollWeights = open.map(
      (c, i) => fits[i]! * c.popularity ** 0.85 * priceFactor(learner, c),
    );
    const n = Math.max(1, Math.min(12, Math.round(r.int(1, 5) * learner.activity)));
    const taken = weightedSample(r, open, enrollWeights, n);
    const takenIds = new Set(taken.map((c) => c.id));
    const browseWeights = open.map((c, i) =>
      takenIds.has(c.id) ? 0 : Math.sqrt(fits[i]! * c.popularity),
    );
    const browsed = weightedSample(r, open, browseWeights, n * r.int(1, 3) + r.int(1, 5));

    for (const course of taken) {
      const from = Math.max(learner.signupMs, course.publishedAt!.getTime()) + HOUR_MS;
      const until = j.nowMs - 2 * HOUR_MS;
      if (from >= until) continue;
      const t = from + r.next() * (until - from);
      const views = r.int(1, 3);
      for (let v = 0; v < views; v++) {
        const vt = Math.max(from - HOUR_MS / 2, t - r.next() * 5 * DAY_MS);
        j.events.push({
          userId: learner.id,
          type: 'view',
          courseId: course.id,
          value: r.int(20, 400),
          t: vt,
        });
      }
      const preview = course.lessons.find((l) => l.isPreview);
      if (preview && r.chance(0.5)) {
        j.events.push({
          userId: learner.id,
          type: 'preview',
          courseId: course.id,
          lessonId: preview.id,
          t: t - r.int(2, 30) * 60_000,
        });
      }
      const fit = fits[open.indexOf(course)]!;
      const progress = r.chance(0.12 + 0.35 * fit) ? 1 : r.next() ** 1.5 * 0.9;
      const rated = r.chance(0.12 + 0.35 * progress);
      const rating = rated ? stars(r, fit) : 0;
      enroll(j, {
        userId: learner.id,
        course,
        t,
        progress,
        pace: 0.5 + r.next() * 3.5,
        rating: rated
          ? {
              stars: rating,
              body: reviewBody(r, course.lang, rating),
              reply: r.chance(0.15) ? r.pick(REPLIES[course.lang]) : null,
            }
          : undefined,
        paymentMethod:
          course.currency === 'CNY'
            ? r.weighted(['alipay', 'wechat_pay', 'card'], [45, 35, 20])
            : 'card',
        refunded: course.priceMinor > 0 && r.chance(0.012),
        r,
      });
    }

    for (const course of browsed) {
      const from = Math.max(learner.signupMs, course.publishedAt!.getTime());
      const t = from + r.next() * (j.nowMs - HOUR_MS - from);
      j.events.push({
        userId: learner.id,
        type: 'view',
        courseId: course.id,
        value: r.int(5, 240),
        t,
      });
      if (r.chance(0.3))
        j.events.push({
          userId: learner.id,
          type: 'view',
          courseId: course.id,
          value: r.int(5, 240),
          t: t + r.int(1, 72) * HOUR_MS,
        });
      const preview = course.lessons.find((l) => l.isPreview);
      if (preview && r.chance(0.25)) {
        j.events.push({
          userId: learner.id,
          type: 'preview',
          courseId: course.id,
          lessonId: preview.id,
          t: t + r.int(1, 10) * 60_000,
        });
      }
      if (r.chance(0.18)) {
        const wt = t + r.int(11, 30) * 60_000;
        j.rows.wishlistItems.push({ userId: learner.id, courseId: course.id, createdAt: at(wt) });
        j.events.push({ userId: learner.id, type: 'wishlist', courseId: course.id, t: wt });
      }
      if (course.priceMinor > 0 && r.chance(0.06)) {
        j.events.push({
          userId: learner.id,
          type: 'checkout_start',
          courseId: course.id,
          t: t + r.int(31, 50) * 60_000,
        });
      }
    }
  }
}

/** Signed-out visitors: many views, skewed towards popular courses, no other signal. */
export function buildAnonymousViews(j: Journal, courses: CourseFacts[], count: number) {
  const r = createRng('anonymous');
  const open = courses.filter((c) => c.status === 'published' && c.publishedAt);
  const visitors = Array.from(
    { length: Math.ceil(count / 3) },
    (_, i) => `anon-${String(i).padStart(5, '0')}-demo`,
  );
  for (let i = 0; i < count; i++) {
    const course = r.weighted(
      open,
      open.map((c) => c.popularity),
    );
    const from = Math.max(course.publishedAt!.getTime(), j.nowMs - 180 * DAY_MS);
    j.events.push({
      userId: null,
      anonId: r.pick(visitors),
      type: 'view',
      courseId: course.id,
      value: r.int(3, 120),
      t: from + r.next() * (j.nowMs - HOUR_MS - from),
    });
  }
}
