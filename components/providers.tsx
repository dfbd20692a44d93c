'use client';

import { useTranslations } from 'next-intl';

import { LazyToaster } from '@/components/ui/lazy-toaster';

/** Client-side providers under the root layout: the (lazily loaded) toast region. */
export function Providers({ children }: { children: React.ReactNode }) {
  const t = useTranslations('Common');
  return (
    <>
      {children}
      <LazyToaster closeLabel={t('close')} regionLabel={t('notifications')} />
    </>
  );
}
