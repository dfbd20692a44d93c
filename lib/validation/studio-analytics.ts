import { z } from 'zod';

import { idField } from '@/lib/validation/fields';

/*
 * Query strings of the studio analytics, students and earnings pages and their CSV routes. Shared by
 * the pages (which show the error and fall back to the default) and the routes (which answer 400).
 */

export const ANALYTICS_PRESETS = [7, 30, 90] as const;
export type AnalyticsPreset = (typeof ANALYTICS_PRESETS)[number];
/** A window longer than a year is refused, so one URL cannot ask for years of aggregates. */
export const MAX_RANGE_DAYS = 366;
const DEFAULT_PRESET: AnalyticsPreset = 30;
const DAY_MS = 86_400_000;

const emptyToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

/** A calendar day in UTC, `YYYY-MM-DD`, that really exists (no 2026-02-30). */
export const dayField = z.preprocess(
  emptyToUndefined,
  z
    .string({ error: 'StudioAnalytics.errors.dateInvalid' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'StudioAnalytics.errors.dateInvalid')
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    }, 'StudioAnalytics.errors.dateInvalid')
    .optional(),
);

const courseField = z.preprocess(emptyToUndefined, idField.optional());

export const analyticsQuerySchema = z
  .strictObject({
    course: courseField,
    range: z.preprocess(
      emptyToUndefined,
      z
        .enum(['7', '30', '90'], { error: 'StudioAnalytics.errors.rangeInvalid' })
        .transform((v) => Number(v) as AnalyticsPreset)
        .optional(),
    ),
    from: dayField,
    to: dayField,
  })
  .superRefine((q, ctx) => {
    if (!q.from !== !q.to)
      ctx.addIssue({
        code: 'custom',
        path: [q.from ? 'to' : 'from'],
        message: 'StudioAnalytics.errors.dateInvalid',
      });
    if (q.from && q.to) {
      const days = daysBetween(q.from, q.to) + 1;
      if (days < 1)
        ctx.addIssue({
          code: 'custom',
          path: ['to'],
          message: 'StudioAnalytics.errors.rangeOrder',
        });
      else if (days > MAX_RANGE_DAYS)
        ctx.addIssue({
          code: 'custom',
          path: ['to'],
          message: 'StudioAnalytics.errors.rangeTooLong',
        });
    }
  });
export type AnalyticsQuery = z.output<typeof analyticsQuerySchema>;

/** A resolved window: `from` inclusive, `to` exclusive (UTC midnights), and its day count. */
export type AnalyticsRange = {
  from: Date;
  to: Date;
  days: number;
  /** The preset it came from, or null for a custom from/to. */
  preset: AnalyticsPreset | null;
};

export type AnalyticsFilter = { courseId?: string; range: AnalyticsRange };

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

function utcMidnight(now: Date): number {
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
}

/** A custom from/to wins over a preset; a preset ends today (inclusive); the default is 30 days. */
export function resolveRange(q: Pick<AnalyticsQuery, 'range' | 'from' | 'to'>, now = new Date()) {
  if (q.from && q.to) {
    const from = new Date(`${q.from}T00:00:00Z`);
    const days = daysBetween(q.from, q.to) + 1;
    return { from, to: new Date(from.getTime() + days * DAY_MS), days, preset: null };
  }
  const days = q.range ?? DEFAULT_PRESET;
  const end = utcMidnight(now) + DAY_MS;
  return { from: new Date(end - days * DAY_MS), to: new Date(end), days, preset: days };
}

/** The `YYYY-MM-DD` keys of every UTC day in the window, oldest first. */
export function rangeDayKeys(range: AnalyticsRange): string[] {
  return Array.from({ length: range.days }, (_, i) =>
    new Date(range.from.getTime() + i * DAY_MS).toISOString().slice(0, 10),
  );
}

/** The last day inside the window (`to` is exclusive), as `YYYY-MM-DD`. */
export function lastDayKey(range: AnalyticsRange): string {
  return new Date(range.to.getTime() - DAY_MS).toISOString().slice(0, 10);
}

/** Rating trend buckets: weeks for short windows, months beyond about four months. */
export function ratingBucket(range: AnalyticsRange): 'week' | 'month' {
  return range.days > 120 ? 'month' : 'week';
}

/** Page and routes alike: parse, then resolve; a parse failure keeps its zod error for the caller. */
export function parseAnalyticsQuery(input: Record<string, unknown>, now = new Date()) {
  const parsed = analyticsQuerySchema.safeParse(input);
  if (!parsed.success) return { ok: false as const, error: parsed.error };
  return { ok: true as const, filter: toFilter(parsed.data, now) };
}

/**
 * Admin pages over the whole platform: the window, or the default one with the message key of what
 * was wrong (a bad date, or a course filter, which platform figures do not take).
 */
export function parsePlatformRange(input: Record<string, unknown>, now = new Date()) {
  const parsed = parseAnalyticsQuery(input, now);
  if (parsed.ok && !parsed.filter.courseId) return { range: parsed.filter.range, queryError: null };
  const queryError = parsed.ok
    ? 'Errors.invalidQuery'
    : (parsed.error.issues[0]?.message ?? 'Errors.invalidQuery');
  return { range: toFilter({}, now).range, queryError };
}

export function toFilter(q: AnalyticsQuery, now = new Date()): AnalyticsFilter {
  return { courseId: q.course, range: resolveRange(q, now) };
}

export const studentsQuerySchema = z.strictObject({
  course: courseField,
  q: z.preprocess(emptyToUndefined, z.string().trim().max(100, 'Validation.tooLong').optional()),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(10_000).optional()),
});
export type StudentsQuery = z.output<typeof studentsQuerySchema>;

export const earningsQuerySchema = z.strictObject({
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(10_000).optional()),
});

/** First value of each search parameter, as Next hands `searchParams` to a page. */
export function firstValues(params: Record<string, string | string[] | undefined>) {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
}
