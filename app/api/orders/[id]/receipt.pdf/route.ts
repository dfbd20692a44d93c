import { createTranslator } from 'next-intl';

import { loadMessages } from '@/i18n/messages';
import { getRequestLocale } from '@/i18n/request-locale';
import { route } from '@/lib/api/route';
import { getOrderForReceipt, type OrderDetail } from '@/lib/data/orders';
import { AppError } from '@/lib/errors';
import { ID_PATTERN } from '@/lib/ids';
import { formatMoney, subtract } from '@/lib/money';
import { renderReceiptPdf } from '@/lib/payments/receipt-pdf';

export const dynamic = 'force-dynamic';

type T = ((key: string, values?: Record<string, string>) => string) & {
  has: (key: string) => boolean;
};

/** Keys here are built at run time (status, method), so they are looked up untyped. */
async function translator(locale: Awaited<ReturnType<typeof getRequestLocale>>): Promise<T> {
  const tr = createTranslator({ locale, messages: await loadMessages(locale) });
  return Object.assign(
    (key: string, values?: Record<string, string>) => tr(key as never, values as never),
    {
      has: (key: string) => tr.has(key as never),
    },
  );
}

function rowsOf(order: OrderDetail, t: T, locale: string): [string, string][] {
  // Receipts are dated in UTC, said so on the line (dateStyle cannot be combined with timeZoneName).
  const when = (d: Date) =>
    `${new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(d)} UTC`;
  const method = order.paymentMethod
    ? t.has(`Orders.method.${order.paymentMethod}`)
      ? t(`Orders.method.${order.paymentMethod}`)
      : order.paymentMethod
    : null;
  const rows: [string, string][] = [
    [t('Orders.detail.orderId'), order.id],
    [t('Orders.pdf.orderDate'), when(order.createdAt)],
    [
      t('Orders.detail.buyer'),
      `${order.buyerName}${order.buyerEmail ? ` <${order.buyerEmail}>` : ''}`,
    ],
    [t('Orders.detail.course'), order.courseTitle],
    [t('Orders.pdf.status'), t(`Enums.orderStatus.${order.status}`)],
    [t('Orders.detail.listPrice'), formatMoney(order.listPrice, locale)],
  ];
  if (order.discount.amountMinor > 0)
    rows.push([t('Orders.detail.discount'), formatMoney(order.discount, locale)]);
  rows.push([t('Orders.detail.total'), formatMoney(order.total, locale)]);
  rows.push([t('Orders.pdf.currency'), order.total.currency]);
  if (method) rows.push([t('Orders.detail.paidWith'), method]);
  if (order.paidAt) rows.push([t('Orders.detail.paidAt'), when(order.paidAt)]);
  // What came back to the buyer, refund by refund as the ledger booked it (not the request's amount).
  order.refundLines.forEach((r, i) =>
    rows.push([
      t('Orders.pdf.refundLine', { n: String(i + 1) }),
      t('Orders.pdf.refundLineValue', { amount: formatMoney(r.amount, locale), date: when(r.at) }),
    ]),
  );
  if (order.refunded.amountMinor > 0) {
    rows.push([t('Orders.detail.refunded'), formatMoney(order.refunded, locale)]);
    rows.push([
      t('Orders.pdf.netPaid'),
      formatMoney(subtract(order.total, order.refunded), locale),
    ]);
  }
  return rows;
}

/** The receipt as a PDF: the buyer's own order, or any order for an admin; 404 otherwise (ACCESS-1). */
export const GET = route({ guard: 'user' }, async ({ viewer, params }) => {
  const id = typeof params.id === 'string' ? params.id : '';
  const order = ID_PATTERN.test(id) ? await getOrderForReceipt(viewer, id) : null;
  if (!order) throw new AppError('NOT_FOUND', 'Errors.notFound');
  const locale = await getRequestLocale();
  const t = await translator(locale);
  const pdf = await renderReceiptPdf({
    title: t('Orders.pdf.title', { id: order.id }),
    heading: t('Orders.detail.receipt'),
    rows: rowsOf(order, t, locale),
    footer: t('Orders.pdf.footer'),
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="receipt-${order.id}.pdf"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
