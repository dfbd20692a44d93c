import { formatMoney, type Money } from '@/lib/money';

/** One line per currency: amounts in different currencies are never added together. */
export function MoneyLines({
  amounts,
  locale,
  empty,
}: {
  amounts: Money[];
  locale: string;
  empty: string;
}) {
  if (amounts.length === 0) return <span>{empty}</span>;
  return (
    <span className="flex flex-col">
      {amounts.map((m) => (
        <span key={m.currency}>{formatMoney(m, locale)}</span>
      ))}
    </span>
  );
}
