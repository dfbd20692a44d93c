import { useTranslations } from 'next-intl';

import { Badge } from '@/components/ui/badge';
import { Link } from '@/components/ui/link';
import type { CourseCard as CourseCardData } from '@/lib/data/course-cards';
import { cn } from '@/lib/utils';

import { CourseCover } from './course-cover';
import { Price } from './price';
import { Rating } from './rating';

/**
 * A course tile. Not async and no server-only imports, so the recommendations rail (a client
 * component) renders the same tile. The title link covers the whole card for a large tap target.
 */
export function CourseCard({
  course,
  note,
  action,
  priority,
  className,
}: {
  course: CourseCardData;
  note?: string;
  /** A control over the cover (the wishlist heart); it sits above the card-wide title link. */
  action?: React.ReactNode;
  /** The first card of a results page: its cover is likely the largest paint. */
  priority?: boolean;
  className?: string;
}) {
  const t = useTranslations('Enums');
  return (
    <article
      className={cn(
        'group bg-card focus-within:ring-ring relative flex h-full flex-col overflow-hidden rounded-lg border shadow-sm transition-shadow focus-within:ring-2 hover:shadow-md',
        className,
      )}
    >
      <CourseCover src={course.coverUrl} priority={priority} />
      {action ? <div className="absolute top-2 right-2 z-10">{action}</div> : null}
      <div className="flex flex-1 flex-col gap-1.5 p-4">
        <h3 className="line-clamp-2 leading-snug font-semibold">
          <Link
            href={`/courses/${course.slug}`}
            className="outline-none group-hover:underline after:absolute after:inset-0"
          >
            {course.title}
          </Link>
        </h3>
        <p className="text-muted-foreground truncate text-sm">{course.creator.name}</p>
        <Rating average={course.rating.average} count={course.rating.count} />
        <div className="mt-auto flex flex-wrap items-center gap-2 pt-2">
          <Price money={course.price} className="mr-auto text-base" />
          <Badge variant="secondary">{t(`level.${course.level}`)}</Badge>
          {course.language === 'zh' ? <Badge variant="outline">{t('language.zh')}</Badge> : null}
        </div>
        {note ? <p className="text-muted-foreground text-xs">{note}</p> : null}
      </div>
    </article>
  );
}
