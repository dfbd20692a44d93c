import { route } from '@/lib/api/route';
import { csvStreamResponse, minorToDecimal, type CsvCell } from '@/lib/csv';
import { exportOrdersForAdmin, type AdminOrderExportRow } from '@/lib/data/admin-orders-export';
import { adminOrderFilterSchema } from '@/lib/validation/admin-orders';

export const dynamic = 'force-dynamic';

const HEADER = [
  'order_id',
  'created_at',
  'paid_at',
  'refunded_at',
  'status',
  'course_id',
  'course',
  'creator',
  'buyer',
  'payment_method',
  'currency',
  'list_price',
  'discount',
  'amount',
];

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function toCells(o: AdminOrderExportRow): CsvCell[] {
  return [
    o.id,
    iso(o.createdAt),
    iso(o.paidAt),
    iso(o.refundedAt),
    o.status,
    o.courseId,
    o.courseTitle,
    o.creatorName,
    o.buyerName,
    o.paymentMethod,
    o.currency,
    minorToDecimal(o.listPriceMinor),
    minorToDecimal(o.discountMinor),
    minorToDecimal(o.amountMinor),
  ];
}

async function* cells(source: AsyncIterable<AdminOrderExportRow[]>) {
  for await (const batch of source) yield batch.map(toCells);
}

/**
 * The admin orders list as CSV with the page's own filters (q, status, from, to), streamed in
 * keyset batches; admins only, in the route guard and again in the DAL (ACCESS-4).
 */
export const GET = route(
  { guard: 'admin', query: adminOrderFilterSchema },
  async ({ query, viewer }) => {
    const batches = await exportOrdersForAdmin(viewer, query);
    const days = [query.from, query.to].filter(Boolean).join('-');
    return csvStreamResponse(`orders${days ? `-${days}` : ''}.csv`, HEADER, cells(batches));
  },
);
