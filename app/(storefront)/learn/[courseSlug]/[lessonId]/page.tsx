import { cache, Suspense } from 'react';

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { getTranslations } from 'next-intl/server';

import { LessonQuestions } from '@/components/learning/lesson-questions';
import { MarkdownContent } from '@/components/markdown';
import { CompleteButton } from '@/components/player/complete-button';
import { LessonLocked } from '@/components/player/lesson-locked';
import { LessonSidebar } from '@/components/player/lesson-sidebar';
import { MediaPlayer } from '@/components/player/media-player';
import { PdfViewer } from '@/components/player/pdf-viewer';
import { RATES } from '@/components/player/progress-reporter';
import { ReadingProgress } from '@/components/player/reading-progress';
import { Button } from '@/components/ui/button';
import { ChevronLeft, ChevronRight } from '@/components/ui/icons';
import { Link } from '@/components/ui/link';
import { Skeleton } from '@/components/ui/skeleton';
import { getViewer } from '@/lib/auth/guards';
import { getLessonPage, type LessonPage } from '@/lib/data/lessons';
import { questionsPageSchema } from '@/lib/validation/questions';

type Props = {
  params: Promise<{ courseSlug: string; lessonId: string }>;
  searchParams: Promise<{ qa?: string | string[] }>;
};

const load = cache(async (courseSlug: string, lessonId: string) => {
  const viewer = await getViewer();
  return { viewer, page: await getLessonPage(viewer, courseSlug, lessonId) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { courseSlug, lessonId } = await params;
  const { page } = await load(courseSlug, lessonId);
  if (!page) return {};
  return {
    title: `${page.lesson.title} · ${page.course.title}`,
    // Lesson pages are per learner; signed media URLs must not leak through the Referer.
    robots: { index: false, follow: false },
    referrer: 'no-referrer',
  };
}

async function LessonContent({ page }: { page: Extract<LessonPage, { access: 'open' }> }) {
  const t = await getTranslations('Learn');
  const { lesson } = page;
  if (lesson.kind === 'article') {
    return (
      <ReadingProgress lessonId={lesson.id} tracksProgress={page.tracksProgress}>
        <MarkdownContent source={page.body ?? ''} />
      </ReadingProgress>
    );
  }
  if (!page.mediaUrl) return <p className="text-muted-foreground">{t('mediaMissing')}</p>;
  if (lesson.kind === 'pdf') return <PdfViewer src={page.mediaUrl} title={lesson.title} />;
  const tp = await getTranslations('Learn.player');
  return (
    <MediaPlayer
      kind={lesson.kind}
      courseId={page.course.id}
      lessonId={lesson.id}
      src={page.mediaUrl}
      captionsSrc={page.captionsUrl}
      poster={page.course.coverUrl}
      startAt={page.completed ? 0 : page.positionSec}
      tracksProgress={page.tracksProgress}
      labels={{
        player: tp('label', { title: lesson.title }),
        rates: RATES.map((rate) => ({ value: rate, label: tp('rate', { rate }) })),
      }}
    />
  );
}

/** A lesson: the player for its kind, the course's curriculum with ticks, previous/next. */
export default async function LessonRoute({ params, searchParams }: Props) {
  const [{ courseSlug, lessonId }, { qa }] = await Promise.all([params, searchParams]);
  const { viewer, page } = await load(courseSlug, lessonId);
  // Unknown lesson, wrong course, or an unpublished course for a non-owner: one 404.
  if (!page) notFound();
  const t = await getTranslations('Learn');
  const base = `/learn/${page.course.slug}`;

  return (
    <div className="mx-auto grid max-w-7xl gap-6 px-4 py-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <article className="grid min-w-0 content-start gap-5">
        <header className="grid gap-1">
          <Link
            href={`/courses/${page.course.slug}`}
            className="text-muted-foreground text-sm hover:underline"
          >
            {page.course.title}
          </Link>
          <h1 className="text-2xl font-bold">{page.lesson.title}</h1>
        </header>
        {page.access === 'open' ? (
          <LessonContent page={page} />
        ) : (
          <LessonLocked
            courseSlug={page.course.slug}
            signedIn={!!viewer}
            returnTo={`${base}/${page.lesson.id}`}
          />
        )}
        <div className="flex flex-wrap items-center justify-between gap-3 border-t pt-4">
          <div className="flex gap-2">
            {page.prevId ? (
              <Button asChild variant="outline" size="sm">
                <Link href={`${base}/${page.prevId}`}>
                  <ChevronLeft aria-hidden className="size-4" />
                  {t('previous')}
                </Link>
              </Button>
            ) : null}
            {page.nextId ? (
              <Button asChild variant="outline" size="sm">
                <Link href={`${base}/${page.nextId}`}>
                  {t('next')}
                  <ChevronRight aria-hidden className="size-4" />
                </Link>
              </Button>
            ) : null}
          </div>
          {page.access === 'open' && page.tracksProgress ? (
            <CompleteButton lessonId={page.lesson.id} completed={page.completed} />
          ) : null}
        </div>
        {/* Below the player: the lesson's notes, then the lesson's Q&A. */}
        <div id="lesson-below" className="render-when-visible grid gap-6">
          {page.access === 'open' && page.lesson.kind !== 'article' && page.body ? (
            <section aria-labelledby="lesson-notes" className="grid gap-2">
              <h2 id="lesson-notes" className="text-lg font-semibold">
                {t('notes')}
              </h2>
              <MarkdownContent source={page.body} />
            </section>
          ) : null}
          {page.access === 'open' ? (
            <Suspense fallback={<Skeleton className="h-40 w-full" />}>
              <LessonQuestions
                lessonId={page.lesson.id}
                basePath={`${base}/${page.lesson.id}`}
                page={questionsPageSchema.parse(Array.isArray(qa) ? qa[0] : qa)}
              />
            </Suspense>
          ) : null}
        </div>
      </article>
      <aside>
        <LessonSidebar
          courseSlug={page.course.slug}
          sections={page.sections}
          currentId={page.lesson.id}
          progressPercent={page.progressPercent}
          showLocks={!page.opensAll}
        />
      </aside>
    </div>
  );
}
