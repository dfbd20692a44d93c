'use client';

import { useTranslations } from 'next-intl';

import { SoftNavigation } from '@/components/layout/soft-navigation';
import { LazyToaster } from '@/components/ui/lazy-toaster';

/** Client-side providers under the root layout: link navigation and the (lazily loaded) toast region. */
export function Providers({ children }: { children: React.ReactNode }) {
  const t = useTranslations('Common');
  return (
    <>
      {children}
      <SoftNavigation pendingLabel={t('loading')} />
      <LazyToaster closeLabel={t('close')} regionLabel={t('notifications')} />
    </>
  );
}
