import { useTranslations } from 'next-intl';

import { Link } from '@/components/ui/link';
import type { CurrencyCode, Money } from '@/lib/money';
import { cn } from '@/lib/utils';

import { Price } from './price';

/**
 * For a course sold in USD and CNY: links that reload the page with the other price (and the same
 * coupon). The server prices checkout in the currency the buy form names, if the course offers it.
 */
export function CurrencySwitch({
  slug,
  prices,
  selected,
  couponCode,
}: {
  slug: string;
  prices: Money[];
  selected: CurrencyCode;
  couponCode?: string;
}) {
  const t = useTranslations('Course.price');
  return (
    <nav aria-label={t('currency')} className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-muted-foreground" aria-hidden>
        {t('currency')}
      </span>
      {prices.map((p) => {
        const search = new URLSearchParams({
          currency: p.currency,
          ...(couponCode ? { coupon: couponCode } : {}),
        });
        const current = p.currency === selected;
        return (
          <Link
            key={p.currency}
            href={`/courses/${slug}?${search}`}
            replace
            scroll={false}
            aria-current={current ? 'true' : undefined}
            className={cn(
              'rounded-md border px-2.5 py-1',
              current ? 'border-primary bg-primary/10 font-medium' : 'hover:bg-muted',
            )}
          >
            {p.currency} (<Price money={p} className="font-normal" />)
          </Link>
        );
      })}
    </nav>
  );
}
