'use client';

import { useEffect } from 'react';

import { useTranslations } from 'next-intl';

import { Button } from '@/components/ui/button';
import { TriangleAlert } from '@/components/ui/icons';

/** The error boundary of one dashboard area; its messages live under `<Area>.Error`. */
export function AreaError({
  namespace,
  error,
  retry,
}: {
  namespace: 'Admin.Error' | 'Studio.Error';
  error: unknown;
  retry: () => void;
}) {
  const t = useTranslations(namespace);
  return (
    <SectionError
      error={error}
      retry={retry}
      labels={{
        title: t('title'),
        description: t('description'),
        retry: t('retry'),
        reference: (digest) => t('reference', { digest }),
      }}
    />
  );
}

/**
 * Shared body of the studio and admin error boundaries. Server errors arrive with a generic message
 * and a digest only, so the digest is what we show for support (never the message, OPS-3).
 */
export function SectionError({
  error,
  retry,
  labels,
}: {
  error: unknown;
  retry: () => void;
  labels: {
    title: string;
    description: string;
    retry: string;
    reference: (digest: string) => string;
  };
}) {
  const digest = error instanceof Error && 'digest' in error ? String(error.digest) : null;
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div
      role="alert"
      className="mx-auto flex max-w-md flex-col items-center gap-3 rounded-lg border p-8 text-center"
    >
      <TriangleAlert aria-hidden className="text-warning size-8" />
      <h2 className="text-lg font-semibold">{labels.title}</h2>
      <p className="text-muted-foreground text-sm">{labels.description}</p>
      {digest ? (
        <p className="text-muted-foreground font-mono text-xs">{labels.reference(digest)}</p>
      ) : null}
      <Button onClick={() => retry()}>{labels.retry}</Button>
    </div>
  );
}
