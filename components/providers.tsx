'use client';

import { QueryClientProvider } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';

import { LazyToaster } from '@/components/ui/lazy-toaster';
import { getQueryClient } from '@/lib/query-client';

/** Client-side providers under the root layout: TanStack Query and the (lazily loaded) toast region. */
export function Providers({ children }: { children: React.ReactNode }) {
  const queryClient = getQueryClient();
  const t = useTranslations('Common');
  return (
    <QueryClientProvider client={queryClient}>
      {children}
      <LazyToaster closeLabel={t('close')} regionLabel={t('notifications')} />
    </QueryClientProvider>
  );
}
