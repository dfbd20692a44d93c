import { getFormatter, getTranslations } from 'next-intl/server';

import { Card, CardContent, CardHeader } from '@/components/ui/card';
import { Flag, Hourglass } from '@/components/ui/icons';
import { Link } from '@/components/ui/link';
import type { ModerationCounts } from '@/lib/data/admin-overview';

/** What waits for a moderator; each count links to its queue. */
export async function ModerationQueue({ counts }: { counts: ModerationCounts }) {
  const t = await getTranslations('Admin.Moderation');
  const format = await getFormatter();
  const queue = (href: string, label: string) => (
    <Link href={href} className="underline underline-offset-4">
      {label}
    </Link>
  );
  const rows = [
    {
      key: 'review',
      icon: <Hourglass aria-hidden />,
      label: queue('/admin/reviews', t('coursesInReview')),
      n: counts.coursesInReview,
    },
    {
      key: 'reports',
      icon: <Flag aria-hidden />,
      label: queue('/admin/reports', t('openReports')),
      n: counts.openReports,
    },
  ];
  return (
    <Card data-testid="moderation-queue" className="self-start">
      <CardHeader>
        <h2 className="text-base leading-tight font-semibold">{t('title')}</h2>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-3">
          {rows.map((r) => (
            <div
              key={r.key}
              className="bg-muted/60 flex items-center justify-between gap-3 rounded-md px-3 py-2"
            >
              <dt className="[&_svg]:text-muted-foreground flex items-center gap-2 text-sm [&_svg]:size-4">
                {r.icon}
                {r.label}
              </dt>
              <dd className="text-xl font-semibold tabular-nums">{format.number(r.n)}</dd>
            </div>
          ))}
        </dl>
        {counts.coursesInReview + counts.openReports === 0 ? (
          <p className="text-muted-foreground mt-3 text-sm">{t('clear')}</p>
        ) : null}
      </CardContent>
    </Card>
  );
}
