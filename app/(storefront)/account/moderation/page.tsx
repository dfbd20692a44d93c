import type { Metadata } from 'next';

import { getFormatter, getTranslations } from 'next-intl/server';

import { AppealForm } from '@/components/account/appeal-form';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { ShieldCheck } from '@/components/ui/icons';
import { Link } from '@/components/ui/link';
import { requirePageRole } from '@/lib/auth/guards';
import { listMyModerationDecisions } from '@/lib/data/moderation-decisions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Appeals'))('metaTitle') };
}

/** Moderation decisions on the signed-in user's content, each with its reason and one appeal. */
export default async function AccountModerationPage() {
  const viewer = await requirePageRole('user', '/account/moderation');
  const [t, tr, format, decisions] = await Promise.all([
    getTranslations('Appeals'),
    getTranslations('AdminReports'),
    getFormatter(),
    listMyModerationDecisions(viewer),
  ]);
  return (
    <>
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-muted-foreground text-sm">{t('description')}</p>
      </div>
      {decisions.length === 0 ? (
        <EmptyState icon={<ShieldCheck />} title={t('empty')} />
      ) : (
        <ul className="grid gap-4">
          {decisions.map((d) => (
            <li key={d.id} className="grid gap-3 rounded-lg border p-5" data-testid="decision">
              <div className="flex flex-wrap items-center gap-2">
                <h2 className="text-base font-semibold">
                  {t(`headline.${d.action}`, { type: tr(`types.${d.targetType}`) })}
                </h2>
                <Badge variant="outline">
                  {format.dateTime(d.decidedAt, { dateStyle: 'medium' })}
                </Badge>
              </div>
              {d.subject ? (
                <p className="text-sm">
                  {d.href ? (
                    <Link href={d.href} className="underline underline-offset-4">
                      {d.subject}
                    </Link>
                  ) : (
                    <span className="bg-muted/60 rounded px-1">{d.subject}</span>
                  )}
                </p>
              ) : null}
              <p className="text-sm">
                {t('reason', { reason: tr(`reasons.${d.reason as 'other'}`) })}
              </p>
              {d.note ? <p className="text-sm">{t('note', { note: d.note })}</p> : null}
              {d.targetType === 'course' && d.action !== 'warn' ? (
                <p className="text-muted-foreground text-sm">{t('courseHint')}</p>
              ) : null}
              {d.appealOutcome ? (
                <p className="text-sm font-medium" role="status">
                  {t(`outcome.${d.appealOutcome}`)}
                  {d.appealNote ? ` ${t('outcomeNote', { note: d.appealNote })}` : ''}
                </p>
              ) : d.appealedAt ? (
                <p className="text-sm font-medium">
                  {t('pending', {
                    at: format.dateTime(d.appealedAt, { dateStyle: 'medium', timeStyle: 'short' }),
                  })}
                </p>
              ) : (
                <AppealForm decisionId={d.id} />
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
