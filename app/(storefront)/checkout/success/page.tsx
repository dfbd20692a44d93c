import type { Metadata } from 'next';

import { getTranslations } from 'next-intl/server';

import { AutoRefresh } from '@/components/orders/auto-refresh';
import { Button } from '@/components/ui/button';
import { CircleCheck, Clock, SearchX } from '@/components/ui/icons';
import { Link } from '@/components/ui/link';
import { requirePageRole } from '@/lib/auth/guards';
import { confirmCheckout } from '@/lib/data/orders';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Checkout.success');
  return { title: t('metaTitle'), robots: { index: false } };
}

/** One outcome panel; its title is the page's h1. */
function Outcome(props: {
  icon: React.ReactNode;
  title: string;
  description: string;
  action: React.ReactNode;
}) {
  return (
    <div className="flex flex-col items-center gap-3 rounded-lg border p-8 text-center">
      <div className="text-muted-foreground [&_svg]:size-8" aria-hidden>
        {props.icon}
      </div>
      <h1 className="text-xl font-semibold">{props.title}</h1>
      <p className="text-muted-foreground max-w-md text-sm">{props.description}</p>
      {props.action}
    </div>
  );
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
        <Outcome
          icon={<CircleCheck />}
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
          <Outcome
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
        <Outcome
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
