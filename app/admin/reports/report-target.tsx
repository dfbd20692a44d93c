import { getTranslations } from 'next-intl/server';

import { Link } from '@/components/ui/link';
import type { TargetContext } from '@/lib/data/moderation-targets';

/** The reported thing in context: the text, where it lives, and who wrote it. */
export async function ReportTarget({ target }: { target: TargetContext }) {
  const t = await getTranslations('AdminReports');
  if (!target.exists) return <p className="text-muted-foreground text-sm">{t('target.gone')}</p>;
  return (
    <div className="grid gap-2 text-sm">
      {target.type === 'course' ? (
        <p className="font-medium">{target.title}</p>
      ) : target.type === 'user' ? (
        <p className="font-medium">{target.title}</p>
      ) : null}
      {target.text ? (
        <blockquote className="bg-muted/60 rounded-md border-l-4 px-3 py-2 whitespace-pre-wrap">
          {target.text}
        </blockquote>
      ) : null}
      <p className="text-muted-foreground">
        {target.type === 'review'
          ? t('target.review', { course: target.courseTitle ?? '', rating: target.rating ?? 0 })
          : target.type === 'comment'
            ? t('target.comment', {
                course: target.courseTitle ?? '',
                lesson: target.lessonTitle ?? '',
              })
            : target.type === 'course'
              ? t('target.course')
              : t('target.user')}
      </p>
      <p>
        {t('target.author', { name: target.authorName ?? '—' })}{' '}
        <span className="text-muted-foreground">
          ({t('target.status', { status: target.status ?? '—' })}
          {target.authorStatus === 'suspended' ? `, ${t('target.authorSuspended')}` : ''})
        </span>
      </p>
      {target.href ? (
        <Link href={target.href} className="w-fit underline underline-offset-4">
          {t(`target.open.${target.type}`)}
        </Link>
      ) : null}
    </div>
  );
}
