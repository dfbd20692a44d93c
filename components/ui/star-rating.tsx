import * as React from 'react';

import { Star } from 'lucide-react';

import { cn } from '@/lib/utils';

/** Read-only stars; `label` is the translated text a screen reader hears ("Rated 4.5 out of 5"). */
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
  const px = size === 'sm' ? 'size-3.5' : 'size-5';
  return (
    <span
      role="img"
      aria-label={label}
      className={cn('inline-flex items-center gap-0.5', className)}
    >
      {[0, 1, 2, 3, 4].map((i) => {
        const fill = Math.max(0, Math.min(1, value - i));
        return (
          <span key={i} className={cn('relative inline-block', px)} aria-hidden>
            <Star className={cn('text-star absolute inset-0', px)} strokeWidth={1.5} />
            <span className="absolute inset-0 overflow-hidden" style={{ width: `${fill * 100}%` }}>
              <Star className={cn('fill-star text-star', px)} strokeWidth={1.5} />
            </span>
          </span>
        );
      })}
    </span>
  );
}
