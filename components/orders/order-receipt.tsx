import { useFormatter, useTranslations } from 'next-intl';

import { Price } from '@/components/course/price';
import type { OrderDetail } from '@/lib/data/orders';

/** The printable receipt: the print stylesheet hides everything marked print:hidden. */
export function OrderReceipt({ order }: { order: OrderDetail }) {
  const t = useTranslations('Orders');
  const format = useFormatter();
  const method = order.paymentMethod
    ? t.has(`method.${order.paymentMethod}`)
      ? t(`method.${order.paymentMethod}`)
      : order.paymentMethod
    : null;
  const rows: [string, React.ReactNode][] = [
    [t('detail.orderId'), <code key="id">{order.id}</code>],
    [t('detail.buyer'), `${order.buyerName} <${order.buyerEmail}>`],
    [t('detail.course'), order.courseTitle],
    [t('detail.listPrice'), <Price key="list" money={order.listPrice} />],
  ];
  if (order.discount.amountMinor > 0)
    rows.push([t('detail.discount'), <Price key="discount" money={order.discount} />]);
  rows.push([t('detail.total'), <Price key="total" money={order.total} className="text-lg" />]);
  if (order.refunded.amountMinor > 0)
    rows.push([t('detail.refunded'), <Price key="refunded" money={order.refunded} />]);
  if (method) rows.push([t('detail.paidWith'), method]);
  if (order.paidAt)
    rows.push([
      t('detail.paidAt'),
      format.dateTime(order.paidAt, { dateStyle: 'long', timeStyle: 'short' }),
    ]);
  return (
    <section
      aria-labelledby="receipt"
      className="grid gap-3 rounded-lg border p-5 print:border-0 print:p-0"
    >
      <h2 id="receipt" className="text-lg font-semibold">
        {t('detail.receipt')}
      </h2>
      <dl className="grid gap-2 text-sm sm:grid-cols-[10rem_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted-foreground">{label}</dt>
            <dd className="min-w-0 break-words">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
