'use client';

import { useFormatter } from 'next-intl';

import { Button } from '@/components/ui/button';
import type { CurrencyCode } from '@/lib/money';

/* Pieces the dashboard charts share: axis ticks, the tooltip box, UTC day labels, the currency switch. */

export const CHART_TICK = { fill: 'var(--muted-foreground)', fontSize: 12 };

export const CHART_TOOLTIP_STYLE = {
  background: 'var(--card)',
  border: '1px solid var(--border)',
  borderRadius: 6,
};

/** "Mar 2" for a `YYYY-MM-DD` day key, in UTC like the series themselves. */
export function useShortDate(): (date: string) => string {
  const format = useFormatter();
  return (date) =>
    format.dateTime(new Date(`${date}T00:00:00Z`), {
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    });
}

/** One pressed button per currency: a chart shows one currency at a time, never a sum of them. */
export function CurrencyToggle({
  label,
  currencies,
  current,
  onChange,
}: {
  label: string;
  currencies: CurrencyCode[];
  current: CurrencyCode;
  onChange: (currency: CurrencyCode) => void;
}) {
  if (currencies.length < 2) return null;
  return (
    <div role="group" aria-label={label} className="flex gap-1">
      {currencies.map((c) => (
        <Button
          key={c}
          size="sm"
          variant={c === current ? 'default' : 'outline'}
          aria-pressed={c === current}
          onClick={() => onChange(c)}
        >
          {c}
        </Button>
      ))}
    </div>
  );
}
