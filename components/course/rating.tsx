import { useLocale, useTranslations } from 'next-intl';

import { StarRating } from '@/components/ui/star-rating';
import { cn } from '@/lib/utils';

/** "4.6 ★★★★½ (1,204 ratings)"; nothing when a course has no ratings yet. */
export function Rating({
  average,
  count,
  size = 'sm',
  className,
}: {
  average: number | null;
  count: number;
  size?: 'sm' | 'md';
  className?: string;
}) {
  const t = useTranslations('Common');
  const locale = useLocale();
  if (average === null || count === 0) return null;
  const shown = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(average);
  return (
    <span className={cn('inline-flex items-center gap-1.5 text-sm', className)}>
      <span className="text-star font-semibold">{shown}</span>
      <StarRating value={average} size={size} label={t('ratingLabel', { rating: shown })} />
      <span className="text-muted-foreground">{t('ratingCount', { count })}</span>
    </span>
  );
}
