import { db } from '@/db';
import { courseSections, lessons } from '@/db/schema';
import { newId } from '@/lib/ids';

/** One section with a free-preview lesson and a paid lesson. */
export async function makeLessons(courseId: string) {
  const sectionId = newId();
  await db.insert(courseSections).values({ id: sectionId, courseId, title: 'S1', position: 0 });
  const preview = newId();
  const paid = newId();
  await db.insert(lessons).values([
    {
      id: preview,
      courseId,
      sectionId,
      title: 'Intro',
      kind: 'article',
      position: 0,
      isPreview: true,
    },
    {
      id: paid,
      courseId,
      sectionId,
      title: 'Deep',
      kind: 'article',
      position: 1,
      isPreview: false,
    },
  ]);
  return { preview, paid };
}
