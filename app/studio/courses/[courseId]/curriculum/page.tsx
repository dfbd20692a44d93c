import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { getTranslations } from 'next-intl/server';

import { CourseEditorHeader } from '@/components/studio/course-editor-header';
import { CurriculumBuilder } from '@/components/studio/curriculum-builder';
import { requirePageRole } from '@/lib/auth/guards';
import { getCourseEditorOrThrow } from '@/lib/data/studio-course-editor';
import { getCurriculum } from '@/lib/data/studio-curriculum';
import { isAppError } from '@/lib/errors';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('StudioBuilder.curriculum'))('metaTitle') };
}

type Props = { params: Promise<{ courseId: string }> };

/** The curriculum builder of one of the viewer's own courses; anyone else's id is a 404 (ACCESS-3). */
export default async function CurriculumPage({ params }: Props) {
  const { courseId } = await params;
  const viewer = await requirePageRole(
    'creator',
    `/studio/courses/${encodeURIComponent(courseId)}/curriculum`,
  );
  let loaded;
  try {
    loaded = await Promise.all([
      getCourseEditorOrThrow(viewer, courseId),
      getCurriculum(viewer, courseId),
    ]);
  } catch (err) {
    if (isAppError(err) && (err.code === 'NOT_FOUND' || err.code === 'FORBIDDEN')) notFound();
    throw err;
  }
  const [course, curriculum] = loaded;
  return (
    <div className="grid max-w-4xl gap-6">
      <CourseEditorHeader title={course.title} status={course.status} />
      <CurriculumBuilder courseId={course.id} initial={curriculum} />
    </div>
  );
}
