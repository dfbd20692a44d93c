import type { Journal } from './journey';
import type { Learner } from './people';
import { DAY_MS, HOUR_MS, type CourseFacts } from './plan';
import { createRng } from './random';

/** How strongly each favourite (first, second, third) draws a learner's recurring browsing. */
const FAVOURITE_PULL = [3, 1.5, 1];
const WEEK_MS = 7 * DAY_MS;

/**
 * Recurring browsing in each generated learner's favourite categories, week after week from signup
 * to now: the planted interests persist over time, so a learner's past behaviour per category
 * predicts the next month's (the user-interest model, docs/recommendations.md "User interest").
 */
export function buildRecurringInterest(j: Journal, courses: CourseFacts[], learners: Learner[]) {
  const open = courses.filter((c) => c.status === 'published' && c.publishedAt);
  for (const learner of learners) {
    const r = createRng(`interest:${learner.id}`);
    const langOk = (c: CourseFacts) =>
      learner.lang === 'both' || c.lang === learner.lang || r.chance(0.05);
    const byFavourite = learner.favourites.map((slug) => open.filter((c) => c.category === slug));
    const weekly = Math.min(0.9, 0.35 + 0.3 * learner.activity);
    for (let week = learner.signupMs + DAY_MS; week < j.nowMs - DAY_MS; week += WEEK_MS) {
      if (!r.chance(weekly)) continue;
      const fav = r.weighted(
        byFavourite.map((_, i) => i),
        byFavourite.map((_, i) => FAVOURITE_PULL[i] ?? 1),
      );
      const t = Math.min(j.nowMs - 2 * HOUR_MS, week + r.next() * WEEK_MS);
      const candidates = byFavourite[fav]!.filter((c) => c.publishedAt!.getTime() < t);
      if (candidates.length === 0) continue;
      const readable = candidates.filter(langOk);
      const course = r.pick(readable.length > 0 ? readable : candidates);
      j.events.push({
        userId: learner.id,
        type: 'view',
        courseId: course.id,
        value: r.int(60, 400),
        t,
      });
    }
  }
}
