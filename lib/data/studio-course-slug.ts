import 'server-only';

import { eq } from 'drizzle-orm';

import type { Tx } from '@/db';
import { courseSlugRedirects, courses } from '@/db/schema';
import { newId } from '@/lib/ids';

/**
 * A URL slug from a title: ASCII words joined by dashes. Titles with no Latin letters or digits
 * (most Chinese titles) give '' and the caller falls back to a random slug.
 */
export function slugFromTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** True when no course uses the slug now and no course answers it as an old slug. */
export async function isSlugFree(tx: Tx, slug: string, exceptCourseId?: string): Promise<boolean> {
  const [course] = await tx
    .select({ id: courses.id })
    .from(courses)
    .where(eq(courses.slug, slug))
    .limit(1);
  if (course && course.id !== exceptCourseId) return false;
  const [old] = await tx
    .select({ courseId: courseSlugRedirects.courseId })
    .from(courseSlugRedirects)
    .where(eq(courseSlugRedirects.slug, slug))
    .limit(1);
  return !old || old.courseId === exceptCourseId;
}

/**
 * A slug no other course holds: the title's slug, else with a short random suffix. The unique index
 * on courses.slug is the final word if two creates race.
 */
export async function uniqueSlug(tx: Tx, title: string): Promise<string> {
  const base = slugFromTitle(title);
  if (base.length >= 3 && (await isSlugFree(tx, base))) return base;
  for (let i = 0; i < 5; i++) {
    const suffix = newId(6).toLowerCase();
    const candidate = base.length >= 3 ? `${base}-${suffix}` : `course-${suffix}`;
    if (await isSlugFree(tx, candidate)) return candidate;
  }
  return `course-${newId(12).toLowerCase()}`;
}
