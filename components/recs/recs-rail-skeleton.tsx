import { useTranslations } from 'next-intl';

import { Skeleton } from '@/components/ui/skeleton';

export type Source = { kind: 'me' } | { kind: 'similar'; courseId: string };

export interface RecsRailProps {
  source: Source;
  title: string;
  limit?: number;
  hideWhenEmpty?: boolean;
}

export const rowClass =
  '-mx-4 flex snap-x gap-4 overflow-x-auto px-4 pb-2 sm:mx-0 sm:grid sm:grid-cols-2 sm:overflow-visible sm:px-0 lg:grid-cols-4';

export const railHeadingId = (source: Source) => `recs-${source.kind}`;

/** The rail's heading over four placeholder cards: before it is near the viewport, and while it loads. */
export function RailSkeleton({
  source,
  title,
  ref,
}: Pick<RecsRailProps, 'source' | 'title'> & { ref?: React.Ref<HTMLElement> }) {
  const t = useTranslations('Recs');
  const headingId = railHeadingId(source);
  return (
    <section ref={ref} aria-labelledby={headingId} aria-busy className="grid gap-4">
      <h2 id={headingId} className="text-xl font-bold sm:text-2xl">
        {title}
      </h2>
      <ul className={rowClass} aria-label={t('loading')}>
        {Array.from({ length: 4 }, (_, i) => (
          <li key={i} className="w-64 shrink-0 sm:w-auto">
            <Skeleton className="aspect-video w-full" />
            <Skeleton className="mt-3 h-4 w-4/5" />
            <Skeleton className="mt-2 h-4 w-1/2" />
          </li>
        ))}
      </ul>
    </section>
  );
}
