import { useTranslations } from 'next-intl';

import { Duration } from '@/components/course/duration';
import { CircleCheck, Circle, Lock } from '@/components/ui/icons';
import { Link } from '@/components/ui/link';
import { Progress } from '@/components/ui/progress';
import type { SidebarSection } from '@/lib/data/lessons';
import { cn } from '@/lib/utils';

type Props = {
  courseSlug: string;
  sections: SidebarSection[];
  currentId: string;
  progressPercent: number;
  /** Locks are shown to those who cannot open paid lessons. */
  showLocks: boolean;
};

function LessonList({
  courseSlug,
  sections,
  currentId,
  showLocks,
}: Omit<Props, 'progressPercent'>) {
  const t = useTranslations('Learn');
  const te = useTranslations('Enums.lessonKind');
  return (
    <ol className="grid gap-4">
      {sections.map((section) => (
        <li key={section.id}>
          <p className="px-2 pb-1 text-sm font-semibold">{section.title}</p>
          <ol className="grid">
            {section.lessons.map((lesson) => {
              const current = lesson.id === currentId;
              const locked = showLocks && !lesson.isPreview;
              const Icon = lesson.completed ? CircleCheck : locked ? Lock : Circle;
              return (
                <li key={lesson.id}>
                  <Link
                    href={`/learn/${courseSlug}/${lesson.id}`}
                    aria-current={current ? 'page' : undefined}
                    className={cn(
                      'hover:bg-muted focus-visible:outline-ring flex items-start gap-2 rounded px-2 py-2 text-sm focus-visible:outline-2',
                      current && 'bg-muted font-medium',
                    )}
                  >
                    <Icon
                      aria-hidden
                      className={cn(
                        'mt-0.5 size-4 shrink-0',
                        lesson.completed ? 'text-primary' : 'text-muted-foreground',
                      )}
                    />
                    <span className="flex-1">
                      {lesson.title}
                      <span className="sr-only">
                        {' '}
                        ({te(lesson.kind)}
                        {lesson.completed ? `, ${t('completed')}` : ''})
                      </span>
                    </span>
                    <span className="text-muted-foreground shrink-0 text-xs tabular-nums">
                      <Duration seconds={lesson.durationSec} />
                    </span>
                  </Link>
                </li>
              );
            })}
          </ol>
        </li>
      ))}
    </ol>
  );
}

/**
 * The curriculum beside the lesson, drawn once: a native <details> drawer on phones (works without
 * JavaScript) that wide screens show always open, its summary hidden, through ::details-content.
 * Browsers without that pseudo-element show the closed drawer on wide screens too.
 */
export function LessonSidebar(props: Props) {
  const t = useTranslations('Learn');
  return (
    <details className="rounded-lg border lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:overflow-y-auto lg:details-content:[content-visibility:visible]">
      <summary className="focus-visible:outline-ring cursor-pointer px-4 py-3 font-medium focus-visible:outline-2 lg:hidden">
        {t('curriculum')}
      </summary>
      <nav aria-label={t('curriculum')} className="grid gap-3 p-2">
        <div className="grid gap-1.5 px-2">
          <Progress value={props.progressPercent} label={t('courseProgress')} />
          <p className="text-muted-foreground text-xs" data-testid="course-progress">
            {t('percentComplete', { percent: props.progressPercent })}
          </p>
        </div>
        <LessonList {...props} />
      </nav>
    </details>
  );
}
