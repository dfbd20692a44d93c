import { getTranslations } from 'next-intl/server';

import { Badge } from '@/components/ui/badge';
import type { OrderStatus } from '@/db/schema';

const VARIANT: Record<
  OrderStatus,
  'success' | 'warning' | 'secondary' | 'destructive' | 'outline'
> = {
  paid: 'success',
  pending: 'secondary',
  awaiting_payment: 'secondary',
  failed: 'destructive',
  expired: 'outline',
  refunded: 'warning',
  partially_refunded: 'warning',
  disputed: 'destructive',
};

export async function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const t = await getTranslations('Enums.orderStatus');
  return <Badge variant={VARIANT[status]}>{t(status)}</Badge>;
}
