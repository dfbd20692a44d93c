import { useTranslations } from 'next-intl';

import { Badge } from '@/components/ui/badge';
import { FileText, Headphones, CirclePlay, Presentation } from '@/components/ui/icons';
import { Link } from '@/components/ui/link';
import type { CurriculumSection } from '@/lib/data/course-page';
import type { LessonKind } from '@/db/schema/catalog';

import { Duration } from './duration';

const KIND_ICON: Record<LessonKind, typeof CirclePlay> = {
  video: CirclePlay,
  audio: Headphones,
  article: FileText,
  pdf: Presentation,
};

/** Sections as native <details>: expandable without JavaScript, announced by screen readers. */
export function Curriculum({
  sections,
  courseSlug,
}: {
  sections: CurriculumSection[];
  courseSlug: string;
}) {
  const t = useTranslations('Course');
  const tl = useTranslations('Learn');
  const te = useTranslations('Enums.lessonKind');
  return (
    <div className="overflow-hidden rounded-lg border">
      {sections.map((section, i) => {
        const seconds = section.lessons.reduce((n, l) => n + l.durationSec, 0);
        return (
          <details key={section.id} open={i === 0} className="group border-b last:border-b-0">
            <summary className="bg-muted/60 hover:bg-muted focus-visible:outline-ring flex cursor-pointer list-none items-center justify-between gap-3 px-4 py-3 font-medium focus-visible:outline-2">
              <span>{section.title}</span>
              <span className="text-muted-foreground shrink-0 text-xs font-normal">
                {t('lessonsInSection', { count: section.lessons.length })} ·{' '}
                <Duration seconds={seconds} />
              </span>
            </summary>
            <ul className="divide-y">
              {section.lessons.map((lesson) => {
                const Icon = KIND_ICON[lesson.kind];
                return (
                  <li key={lesson.id} className="flex items-center gap-3 px-4 py-2.5 text-sm">
                    <Icon aria-hidden className="text-muted-foreground size-4 shrink-0" />
                    <span className="sr-only">{te(lesson.kind)}:</span>
                    <span className="flex-1">{lesson.title}</span>
                    {lesson.isPreview ? (
                      <>
                        <Badge variant="outline">{t('previewBadge')}</Badge>
                        {/* Free previews open in the lesson player, signed out too. */}
                        <Link
                          href={`/learn/${courseSlug}/${lesson.id}`}
                          className="text-primary text-xs font-medium underline-offset-2 hover:underline"
                        >
                          {tl('playPreview')}
                          <span className="sr-only">: {lesson.title}</span>
                        </Link>
                      </>
                    ) : null}
                    <span className="text-muted-foreground shrink-0 text-xs tabular-nums">
                      <Duration seconds={lesson.durationSec} />
                    </span>
                  </li>
                );
              })}
            </ul>
          </details>
        );
      })}
    </div>
  );
}
