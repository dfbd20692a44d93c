'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';

import { CourseCard } from '@/components/course/course-card';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryProvider } from '@/components/query-provider';
import { queryKeys } from '@/lib/query-keys';
import type { RecReason, RecsResult } from '@/lib/recs/types';

import {
  RailSkeleton,
  railHeadingId,
  rowClass,
  type RecsRailProps,
  type Source,
} from './recs-rail-skeleton';

async function fetchRecs(source: Source, limit: number): Promise<RecsResult> {
  const params = new URLSearchParams({ limit: String(limit) });
  if (source.kind === 'me') params.set('for', 'me');
  else params.set('similar', source.courseId);
  const res = await fetch(`/api/recommendations?${params.toString()}`, {
    headers: { accept: 'application/json' },
  });
  if (!res.ok) throw new Error(`recommendations ${res.status}`);
  return (await res.json()) as RecsResult;
}

function useReasonText() {
  const t = useTranslations('Recs.reason');
  return (reason: RecReason): string => {
    switch (reason.kind) {
      case 'because_you_took':
        return reason.courseTitle
          ? t('because_you_took', { course: reason.courseTitle })
          : t('popular');
      case 'similar_to':
        return reason.courseTitle ? t('similar_to', { course: reason.courseTitle }) : t('popular');
      case 'popular_in':
        return reason.categoryName
          ? t('popular_in', { category: reason.categoryName })
          : t('popular');
      case 'recommended':
        return t('recommended');
      default:
        return t('popular');
    }
  };
}

/** Loaded by RecsRail when the rail nears the viewport; brings TanStack Query with it. */
export function RecsRailList(props: RecsRailProps) {
  return (
    <QueryProvider>
      <RailQuery {...props} />
    </QueryProvider>
  );
}

/** The rail over GET /api/recommendations, with loading, empty and error states (STYLE §9). */
function RailQuery({ source, title, limit = 12, hideWhenEmpty = false }: RecsRailProps) {
  const t = useTranslations('Recs');
  const reasonText = useReasonText();
  const key =
    source.kind === 'me'
      ? queryKeys.recs.forMe(limit)
      : queryKeys.recs.similar(source.courseId, limit);
  const query = useQuery({ queryKey: key, queryFn: () => fetchRecs(source, limit) });
  const headingId = railHeadingId(source);

  if (query.isPending) return <RailSkeleton source={source} title={title} />;
  if (hideWhenEmpty && query.isSuccess && query.data.items.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="grid gap-4">
      <h2 id={headingId} className="text-xl font-bold sm:text-2xl">
        {title}
      </h2>
      {query.isError ? (
        <Alert variant="destructive" className="flex flex-wrap items-center justify-between gap-3">
          <span>{t('error')}</span>
          <Button size="sm" variant="outline" onClick={() => void query.refetch()}>
            {t('retry')}
          </Button>
        </Alert>
      ) : query.data.items.length === 0 ? (
        <EmptyState title={t('empty')} />
      ) : (
        <ul className={rowClass}>
          {query.data.items.slice(0, limit).map((item) => (
            <li key={item.course.id} className="w-64 shrink-0 snap-start sm:w-auto">
              <CourseCard course={item.course} note={reasonText(item.reason)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
