import type { Metadata } from 'next';

import { getLocale, getTranslations } from 'next-intl/server';

import { Section } from '@/components/account/section';
import { ActionForm } from '@/components/auth/action-form';
import { Link } from '@/components/ui/link';
import { COURSE_LANGUAGES } from '@/db/schema';
import { createCourseAction } from '@/lib/actions/studio/create-course';
import { requirePageRole } from '@/lib/auth/guards';
import { listCategories } from '@/lib/data/catalog';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('StudioBuilder.create'))('metaTitle') };
}

/** Title, category and language are enough to start; the rest is filled in the editor. */
export default async function NewCoursePage() {
  await requirePageRole('creator', '/studio/courses/new');
  const [t, tDetails, locale] = await Promise.all([
    getTranslations('StudioBuilder.create'),
    getTranslations('Studio.CourseDetails'),
    getLocale(),
  ]);
  const categories = await listCategories(locale);
  return (
    <div className="grid max-w-2xl gap-6">
      <Link href="/studio/courses" className="text-sm underline underline-offset-4">
        {tDetails('back')}
      </Link>
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <Section title={t('sectionTitle')} description={t('description')}>
        <ActionForm
          action={createCourseAction}
          submitLabel={t('submit')}
          pendingLabel={t('pending')}
          fields={[
            { name: 'title', label: t('courseTitle'), required: true, maxLength: 120 },
            {
              name: 'categoryId',
              label: t('category'),
              type: 'select',
              options: categories.map((c) => ({ value: c.id, label: c.name })),
            },
            {
              name: 'language',
              label: tDetails('language'),
              type: 'select',
              defaultValue: locale === 'zh-CN' ? 'zh' : 'en',
              options: COURSE_LANGUAGES.map((l) => ({
                value: l,
                label: tDetails(`languages.${l}`),
              })),
            },
          ]}
        />
      </Section>
    </div>
  );
}
