import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { getFormatter, getTranslations } from 'next-intl/server';

import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { listSmsOutbox, smsOutboxKeepsBodies } from '@/lib/data/sms-outbox';
import { parsePhone } from '@/lib/phone/parse';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Phone.devSms'))('title'), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Local SMS outbox for development and tests; the data layer refuses it everywhere else. */
export default async function DevSmsPage({ searchParams }: Props) {
  if (!smsOutboxKeepsBodies()) notFound();
  const { to } = await searchParams;
  const phone = typeof to === 'string' ? parsePhone(to)?.e164 : undefined;
  const [t, format, messages] = await Promise.all([
    getTranslations('Phone.devSms'),
    getFormatter(),
    listSmsOutbox(100, phone),
  ]);
  return (
    <main id="main" className="mx-auto grid w-full max-w-4xl gap-6 px-4 py-8">
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-muted-foreground text-sm">{t('description')}</p>
      </div>
      <form className="flex flex-wrap items-end gap-2" method="get">
        <label className="grid gap-1 text-sm">
          {t('filter')}
          <Input name="to" type="tel" defaultValue={phone} className="w-72" />
        </label>
        <Button type="submit" variant="outline">
          {t('apply')}
        </Button>
      </form>
      {messages.length === 0 ? <p className="text-muted-foreground">{t('empty')}</p> : null}
      <ul className="grid gap-4">
        {messages.map((m) => (
          <li key={m.id} className="rounded-md border p-4" data-testid="sms">
            <p className="text-sm">
              <span className="font-medium">{t('to')}:</span>{' '}
              <span data-testid="sms-to">{m.to}</span> · {m.template} · {m.provider}
            </p>
            <p className="text-muted-foreground text-xs">
              {format.dateTime(m.createdAt, { dateStyle: 'medium', timeStyle: 'medium' })}
            </p>
            <p className="mt-2 text-sm break-words" data-testid="sms-body">
              {m.body}
            </p>
          </li>
        ))}
      </ul>
    </main>
  );
}
