'use client';

import { useEffect } from 'react';

import { useTranslations } from 'next-intl';

import { Button } from '@/components/ui/button';
import { TriangleAlert } from '@/components/ui/icons';
import { Link } from '@/components/ui/link';

/**
 * Generic failure UI (OPS-3): a fixed message plus the opaque digest that matches the server log;
 * never the error's message or stack, which may name tables or files.
 */
export function ErrorView({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations('Common');
  const digest =
    typeof error === 'object' && error && 'digest' in error ? String(error.digest) : null;
  useEffect(() => {
    // Client-side errors have no server log; the console is the only trace a developer gets.
    if (!digest) console.error(error);
  }, [error, digest]);
  return (
    <div
      role="alert"
      className="mx-auto grid max-w-xl justify-items-center gap-4 px-4 py-20 text-center"
    >
      <TriangleAlert aria-hidden className="text-warning size-10" />
      <h1 className="text-2xl font-bold">{t('error.title')}</h1>
      <p className="text-muted-foreground">{t('error.body')}</p>
      {digest ? (
        <p className="bg-muted text-muted-foreground rounded px-2 py-1 font-mono text-xs">
          {t('error.reference', { id: digest })}
        </p>
      ) : null}
      <div className="flex flex-wrap justify-center gap-3">
        <Button onClick={() => retry()}>{t('retry')}</Button>
        <Button asChild variant="outline">
          <Link href="/">{t('backHome')}</Link>
        </Button>
      </div>
    </div>
  );
}
