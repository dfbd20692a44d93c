import type { Metadata } from 'next';
import Link from 'next/link';

import { CheckCircle2, Clock, SearchX } from 'lucide-react';
import { getTranslations } from 'next-intl/server';

import { AutoRefresh } from '@/components/orders/auto-refresh';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { requirePageRole } from '@/lib/auth/guards';
import { confirmCheckout } from '@/lib/data/orders';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Checkout.success');
  return { title: t('metaTitle'), robots: { index: false } };
}

type Props = { searchParams: Promise<{ session_id?: string | string[] }> };

/**
 * Stripe returns the payer here. The page runs the same idempotent fulfilment as the webhook for
 * the viewer's own order only (PAY-8), so a late webhook never leaves a payer without access.
 */
export default async function CheckoutSuccessPage({ searchParams }: Props) {
  const raw = (await searchParams).session_id;
  const sessionId = typeof raw === 'string' && /^cs_[\w]{1,250}$/.test(raw) ? raw : null;
  const viewer = await requirePageRole('user', '/orders');
  const t = await getTranslations('Checkout.success');
  const result = sessionId
    ? await confirmCheckout(viewer, sessionId)
    : { state: 'unknown' as const };

  return (
    <div className="mx-auto grid max-w-xl gap-6 px-4 py-12">
      {result.state === 'paid' ? (
        <EmptyState
          icon={<CheckCircle2 />}
          title={t('paidTitle')}
          description={t('paidBody')}
          action={
            <div className="flex flex-wrap justify-center gap-2">
              <Button asChild>
                <Link href={`/courses/${result.courseSlug}`}>{t('goToCourse')}</Link>
              </Button>
              <Button asChild variant="outline">
                <Link href={`/orders/${result.orderId}`}>{t('viewOrder')}</Link>
              </Button>
            </div>
          }
        />
      ) : result.state === 'processing' ? (
        <>
          <AutoRefresh />
          <EmptyState
            icon={<Clock />}
            title={t('processingTitle')}
            description={t('processingBody')}
            action={
              <Button asChild variant="outline">
                <Link href={`/orders/${result.orderId}`}>{t('viewOrder')}</Link>
              </Button>
            }
          />
        </>
      ) : (
        <EmptyState
          icon={<SearchX />}
          title={t('unknownTitle')}
          description={t('unknownBody')}
          action={
            <Button asChild variant="outline">
              <Link href="/orders">{t('orders')}</Link>
            </Button>
          }
        />
      )}
    </div>
  );
}
