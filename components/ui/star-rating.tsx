import { cn } from '@/lib/utils';

/**
 * Read-only stars; `label` is the translated text a screen reader hears ("Rated 4.5 out of 5").
 * Drawn by CSS (`.star-rating` in globals.css) from one element, however many cards show it.
 */
export function StarRating({
  value,
  label,
  size = 'sm',
  className,
}: {
  value: number;
  label: string;
  size?: 'sm' | 'md';
  className?: string;
}) {
  const rating = Math.max(0, Math.min(5, value));
  return (
    <span
      role="img"
      aria-label={label}
      className={cn('star-rating', size === 'md' && '[--star-size:1.25rem]', className)}
      style={{ '--rating': rating } as React.CSSProperties}
    />
  );
}
