import { route } from '@/lib/api/route';
import { csvResponse, minorToDecimal, toCsv } from '@/lib/csv';
import { listStudioEarningsForExport } from '@/lib/data/studio-earnings';

export const dynamic = 'force-dynamic';

/** The creator's earnings per order as CSV; the DAL reads only their own ledger (ACCESS-3). */
export const GET = route({ guard: 'creator' }, async ({ viewer }) => {
  const items = await listStudioEarningsForExport(viewer);
  const body = toCsv(
    [
      'order_date',
      'order_id',
      'course',
      'buyer',
      'currency',
      'gross',
      'platform_fee',
      'refunds',
      'net',
    ],
    items.map((r) => [
      r.orderDate.toISOString(),
      r.orderId,
      r.courseTitle,
      r.buyerName,
      r.currency,
      minorToDecimal(r.grossMinor),
      minorToDecimal(r.feeMinor),
      minorToDecimal(r.refundsMinor),
      minorToDecimal(r.netMinor),
    ]),
  );
  return csvResponse('earnings.csv', body);
});
