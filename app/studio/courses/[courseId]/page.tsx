import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { getTranslations } from 'next-intl/server';

import { Section } from '@/components/account/section';
import { ActionForm } from '@/components/auth/action-form';
import { COURSE_LANGUAGES, COURSE_LEVELS } from '@/db/schema';
import { updateCourseDetailsAction } from '@/lib/actions/studio/update-course-details';
import { requirePageRole } from '@/lib/auth/guards';
import { getCourseForEditOrThrow } from '@/lib/data/studio-courses';
import { isAppError } from '@/lib/errors';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Studio.CourseDetails'))('metaTitle') };
}

type Props = { params: Promise<{ courseId: string }> };

/** Edits the details of one of the viewer's own courses; another creator's id is a 404 (ACCESS-1, 3). */
export default async function StudioCourseDetailsPage({ params }: Props) {
  const { courseId } = await params;
  const viewer = await requirePageRole(
    'creator',
    `/studio/courses/${encodeURIComponent(courseId)}`,
  );
  let course;
  try {
    course = await getCourseForEditOrThrow(viewer, courseId);
  } catch (err) {
    if (isAppError(err) && (err.code === 'NOT_FOUND' || err.code === 'FORBIDDEN')) notFound();
    throw err;
  }
  const t = await getTranslations('Studio.CourseDetails');
  return (
    <div className="grid max-w-3xl gap-6">
      <Link href="/studio/courses" className="text-sm underline underline-offset-4">
        {t('back')}
      </Link>
      <h1 className="text-2xl font-semibold">{course.title}</h1>
      <Section title={t('title')} description={t('description')}>
        <ActionForm
          action={updateCourseDetailsAction}
          submitLabel={t('submit')}
          pendingLabel={t('pending')}
          fields={[
            { name: 'courseId', label: '', type: 'hidden', defaultValue: course.id },
            {
              name: 'title',
              label: t('courseTitle'),
              defaultValue: course.title,
              required: true,
              maxLength: 120,
            },
            {
              name: 'subtitle',
              label: t('subtitle'),
              defaultValue: course.subtitle,
              maxLength: 200,
            },
            {
              name: 'description',
              label: t('descriptionField'),
              type: 'textarea',
              defaultValue: course.description,
              hint: t('descriptionHint'),
              maxLength: 20000,
            },
            {
              name: 'level',
              label: t('level'),
              type: 'select',
              defaultValue: course.level,
              options: COURSE_LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) })),
            },
            {
              name: 'language',
              label: t('language'),
              type: 'select',
              defaultValue: course.language,
              options: COURSE_LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) })),
            },
          ]}
        />
      </Section>
    </div>
  );
}
