import type { Metadata } from 'next';

import { getLocale, getTranslations } from 'next-intl/server';

import { CourseCover } from '@/components/course/course-cover';
import { RecsRail } from '@/components/recs/recs-rail';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { BookOpen, CircleCheck } from '@/components/ui/icons';
import { Link } from '@/components/ui/link';
import { Progress } from '@/components/ui/progress';
import { requirePageRole } from '@/lib/auth/guards';
import { listLibrary } from '@/lib/data/library';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Library');
  return { title: t('title'), robots: { index: false } };
}

export default async function LibraryPage() {
  const viewer = await requirePageRole('user', '/library');
  const [t, tr, locale] = await Promise.all([
    getTranslations('Library'),
    getTranslations('Recs'),
    getLocale(),
  ]);
  const items = await listLibrary(viewer, locale);
  return (
    <div className="mx-auto grid max-w-7xl gap-10 px-4 py-8">
      <header className="grid gap-1">
        <h1 className="text-2xl font-bold sm:text-3xl">{t('title')}</h1>
        <p className="text-muted-foreground">{t('subtitle')}</p>
      </header>
      {items.length === 0 ? (
        <EmptyState
          icon={<BookOpen />}
          title={t('emptyTitle')}
          description={t('emptyBody')}
          action={
            <Button asChild>
              <Link href="/#categories">{t('browse')}</Link>
            </Button>
          }
        />
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {items.map(({ course, progressPercent, completed, resumeLessonId }) => (
            <li
              key={course.id}
              className="bg-card flex flex-col overflow-hidden rounded-lg border shadow-sm"
            >
              <CourseCover src={course.coverUrl} />
              <div className="flex flex-1 flex-col gap-3 p-4">
                <h2 className="line-clamp-2 font-semibold">
                  <Link href={`/courses/${course.slug}`} className="hover:underline">
                    {course.title}
                  </Link>
                </h2>
                <p className="text-muted-foreground text-sm">{course.creator.name}</p>
                <div className="mt-auto grid gap-1.5">
                  <Progress
                    value={progressPercent}
                    label={t('progressLabel', { title: course.title })}
                  />
                  <p className="text-muted-foreground flex items-center gap-1 text-xs">
                    {completed ? (
                      <CircleCheck aria-hidden className="text-success size-3.5" />
                    ) : null}
                    {completed ? t('completed') : t('progress', { percent: progressPercent })}
                  </p>
                </div>
                {resumeLessonId ? (
                  <Button asChild variant={completed ? 'outline' : 'default'}>
                    <Link href={`/learn/${course.slug}`}>
                      {progressPercent > 0 ? t('continue') : t('start')}
                    </Link>
                  </Button>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      <RecsRail source={{ kind: 'me' }} title={tr('forYouTitle')} />
    </div>
  );
}
