import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { getFormatter, getTranslations } from 'next-intl/server';

import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { devMailboxEnabled, listOutbox } from '@/lib/data/mail-outbox';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Dev.mailbox'))('metaTitle'), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Local outbox viewer; exists only when APP_ENV is development or test (404 elsewhere). The data
 * layer refuses too, so this check is only what turns the refusal into a 404 page.
 */
export default async function DevMailboxPage({ searchParams }: Props) {
  if (!devMailboxEnabled()) notFound();
  const { to } = await searchParams;
  const recipient = typeof to === 'string' && to.length <= 254 ? to : undefined;
  const [t, format, mails] = await Promise.all([
    getTranslations('Dev.mailbox'),
    getFormatter(),
    listOutbox(100, recipient),
  ]);
  return (
    <main id="main" className="mx-auto grid w-full max-w-4xl gap-6 px-4 py-8">
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-muted-foreground text-sm">{t('description')}</p>
      </div>
      <form className="flex items-end gap-2" method="get">
        <label className="grid gap-1 text-sm">
          {t('filter')}
          <Input name="to" type="email" defaultValue={recipient} className="w-72" />
        </label>
        <Button type="submit" variant="outline">
          {t('apply')}
        </Button>
      </form>
      {mails.length === 0 ? <p className="text-muted-foreground">{t('empty')}</p> : null}
      <ul className="grid gap-4">
        {mails.map((m) => (
          <li key={m.id} className="rounded-md border p-4" data-testid="mail">
            <p className="text-sm">
              <span className="font-medium">{t('to')}:</span>{' '}
              <span data-testid="mail-to">{m.to}</span>
            </p>
            <h2 className="font-semibold">{m.subject}</h2>
            <p className="text-muted-foreground text-xs">
              {t('sent', {
                time: format.dateTime(m.createdAt, { dateStyle: 'medium', timeStyle: 'medium' }),
              })}{' '}
              · {m.sentAt ? t('delivered') : t('localOnly')}
            </p>
            <pre className="mt-2 text-sm break-words whitespace-pre-wrap" data-testid="mail-body">
              {m.text}
            </pre>
          </li>
        ))}
      </ul>
    </main>
  );
}
