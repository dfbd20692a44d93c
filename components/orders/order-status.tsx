import { useTranslations } from 'next-intl';

import { Badge } from '@/components/ui/badge';
import type { OrderStatus } from '@/db/schema';

const VARIANT: Record<OrderStatus, 'success' | 'warning' | 'outline' | 'destructive'> = {
  paid: 'success',
  pending: 'outline',
  awaiting_payment: 'warning',
  failed: 'destructive',
  expired: 'outline',
  refunded: 'outline',
  partially_refunded: 'warning',
  disputed: 'destructive',
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const t = useTranslations('Enums.orderStatus');
  return <Badge variant={VARIANT[status]}>{t(status)}</Badge>;
}
