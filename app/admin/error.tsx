'use client';

import { useTranslations } from 'next-intl';

import { SectionError } from '@/components/dashboard/section-error';

export default function AdminError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations('Admin.Error');
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
