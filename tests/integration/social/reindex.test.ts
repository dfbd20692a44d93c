import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { db } from '@/db';
import { courses, courseSearchTerms } from '@/db/schema';
import { reindexCourse, searchCourses } from '@/lib/data/search';
import { updateCourseDetails } from '@/lib/data/studio-courses';
import { parseSearchFilters } from '@/lib/validation/catalog';
import { makeCourse, makeUser } from '@/tests/support/dashboard-fixtures';

const find = async (q: string) =>
  (await searchCourses('en', parseSearchFilters({ q }))).items.map((c) => c.id);

describe('search index follows the course', () => {
  it('ACCESS-6: an edit re-indexes in the same transaction; a taken-down course leaves the index', async () => {
    const creator = await makeUser('creator');
    const courseId = await makeCourse(creator.id, { title: 'Plain title' });
    await db.transaction((tx) => reindexCourse(tx, courseId));
    const word = `zebrafish${courseId.slice(0, 6).toLowerCase()}`;
    expect(await find(word)).toEqual([]);
    await updateCourseDetails(creator, courseId, {
      title: `Advanced ${word} care`,
      subtitle: '',
      description: 'About',
      level: 'advanced',
      language: 'en',
    });
    expect(await find(word)).toEqual([courseId]);
    await db.update(courses).set({ status: 'rejected' }).where(eq(courses.id, courseId));
    await db.transaction((tx) => reindexCourse(tx, courseId));
    const left = await db
      .select()
      .from(courseSearchTerms)
      .where(eq(courseSearchTerms.courseId, courseId));
    expect(left).toEqual([]);
    expect(await find(word)).toEqual([]);
  });
});
