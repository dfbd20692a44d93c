import { createHash } from 'node:crypto';

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { getLocale, getTranslations } from 'next-intl/server';

import { CourseEditorForm } from '@/components/studio/course-editor-form';
import { CourseEditorHeader } from '@/components/studio/course-editor-header';
import { CoverUpload } from '@/components/studio/cover-upload';
import { PublishPanel } from '@/components/studio/publish-panel';
import { requirePageRole } from '@/lib/auth/guards';
import { listCategories } from '@/lib/data/catalog';
import { getCourseEditorOrThrow, type CourseEditorDto } from '@/lib/data/studio-course-editor';
import { getPublishState } from '@/lib/data/studio-publishing';
import { isAppError } from '@/lib/errors';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Studio.CourseDetails'))('metaTitle') };
}

type Props = { params: Promise<{ courseId: string }> };

/**
 * Changes when the stored details change, so a saved form remounts with what the server kept. The
 * cover and the status are left out: saving a cover must not reset the fields or the cover's own
 * "saved" notice.
 */
function detailsKey(course: CourseEditorDto): string {
  const { coverUrl: _cover, updatedAt: _at, status: _status, ...details } = course;
  return createHash('sha256').update(JSON.stringify(details)).digest('base64url');
}

/** Edits one of the viewer's own courses; another creator's id is a 404 (ACCESS-1, 3). */
export default async function StudioCourseEditorPage({ params }: Props) {
  const { courseId } = await params;
  const viewer = await requirePageRole(
    'creator',
    `/studio/courses/${encodeURIComponent(courseId)}`,
  );
  let loaded;
  try {
    loaded = await Promise.all([
      getCourseEditorOrThrow(viewer, courseId),
      getPublishState(viewer, courseId),
    ]);
  } catch (err) {
    if (isAppError(err) && (err.code === 'NOT_FOUND' || err.code === 'FORBIDDEN')) notFound();
    throw err;
  }
  const [course, publish] = loaded;
  const categories = await listCategories(await getLocale());
  return (
    <div className="grid max-w-5xl gap-6">
      <CourseEditorHeader title={course.title} status={course.status} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem] lg:items-start">
        <CourseEditorForm
          key={detailsKey(course)}
          course={course}
          categories={categories.map((c) => ({ value: c.id, label: c.name }))}
          coverSlot={
            <div id="course-cover">
              <CoverUpload courseId={course.id} currentUrl={course.coverUrl} />
            </div>
          }
        />
        <PublishPanel courseId={course.id} state={publish} />
      </div>
    </div>
  );
}
