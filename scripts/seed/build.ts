import { buildAnonymousViews, buildLearnerBehaviour } from './behaviour';
import { buildCheckoutAttempts } from './checkouts';
import { buildRecurringInterest } from './interest';
import { buildCourses } from './courses';
import { buildCreators } from './creators';
import { buildComments, buildDemoLearner, buildReports } from './engagement';
import { PLATFORM_FEE_BPS, type Journal } from './journey';
import { buildPeople } from './people';
import { at, emptyRows, type SeedContext, type SeedFile, type SeedRows } from './plan';
import { createRng } from './random';

export const ANONYMOUS_VIEWS = 2500;

export type SeedPlan = { rows: SeedRows; files: SeedFile[] };

/**
 * Builds every row of the demo in memory. Pure and deterministic: the same clock and secrets give the
 * same rows (image sizes are filled in later, when the covers are rendered).
 */
export function buildSeedPlan(input: {
  now: Date;
  passwordHash: string;
  adminTotpSealed: string;
}): SeedPlan {
  const ctx: SeedContext = { ...input, rng: createRng('zhishi-demo') };
  const rows = emptyRows();
  const files: SeedFile[] = [];
  const creators = buildCreators(ctx, rows, files);
  const courses = buildCourses(ctx, rows, files, creators);
  const people = buildPeople(ctx, rows);

  const journal: Journal = {
    rows,
    events: [],
    nowMs: ctx.now.getTime(),
    adminId: people.adminId,
    counters: new Map(),
  };
  buildDemoLearner(journal, courses, people.demoLearnerId);
  buildLearnerBehaviour(journal, courses, people.learners);
  buildCheckoutAttempts(journal, courses, { skipUserIds: [people.demoLearnerId, people.adminId] });
  buildRecurringInterest(journal, courses, people.learners);
  buildAnonymousViews(journal, courses, ANONYMOUS_VIEWS);
  buildComments(journal, courses);
  buildReports(journal);

  // Events get ids in time order, like a real append-only log; nothing may sit in the future.
  const latest = journal.nowMs - 1000;
  journal.events
    .map((e, i) => ({ e, i, t: Math.min(latest, Math.round(e.t)) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .forEach(({ e, t }, idx) => {
      rows.behaviourEvents.push({
        id: idx + 1,
        userId: e.userId,
        anonId: e.anonId ?? null,
        type: e.type,
        courseId: e.courseId,
        lessonId: e.lessonId ?? null,
        value: e.value ?? null,
        createdAt: at(t),
      });
    });
  rows.earningsLedger.forEach((row, idx) => (row.id = idx + 1));

  for (const course of rows.courses) {
    const c = journal.counters.get(course.id);
    course.enrollmentCount = c?.enrollments ?? 0;
    course.ratingSum = c?.ratingSum ?? 0;
    course.ratingCount = c?.ratingCount ?? 0;
  }
  rows.platformSettings.push({
    key: 'platform_fee_bps',
    value: PLATFORM_FEE_BPS,
    updatedBy: people.adminId,
    updatedAt: at(journal.nowMs - 400 * 86_400_000),
  });
  return { rows, files };
}

/** Row counts per table, for the summary and the tests. */
export function countRows(rows: SeedRows): Record<keyof SeedRows, number> {
  return Object.fromEntries(
    Object.entries(rows).map(([k, v]) => [k, (v as unknown[]).length]),
  ) as Record<keyof SeedRows, number>;
}
