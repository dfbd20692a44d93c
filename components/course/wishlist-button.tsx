'use client';

import { startTransition, useActionState, useOptimistic } from 'react';

import { clsx } from 'clsx';
import { useTranslations } from 'next-intl';

import { Heart } from '@/components/ui/icons';
import { initialActionState } from '@/lib/actions/action-state';
import { setWishlistAction } from '@/lib/actions/wishlist/set-wishlist';
import { track } from '@/lib/events/track';

/**
 * The heart. Without JavaScript it is a plain form post to the server action; with JavaScript the
 * heart fills at once (useOptimistic) and settles on the server's answer.
 */
export function WishlistButton({
  courseId,
  wishlisted,
  variant = 'icon',
  className,
}: {
  courseId: string;
  wishlisted: boolean;
  variant?: 'icon' | 'full';
  className?: string;
}) {
  const t = useTranslations('Library.wishlist');
  const [state, formAction, pending] = useActionState(setWishlistAction, initialActionState);
  const [on, setOn] = useOptimistic(wishlisted);
  const label = on ? t('remove') : t('add');
  return (
    <form
      action={formAction}
      className={className}
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        startTransition(() => {
          setOn(!on);
          formAction(data);
        });
        if (!on) track({ type: 'wishlist', courseId });
      }}
    >
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="wish" value={on ? 'off' : 'on'} />
      <button
        type="submit"
        aria-pressed={on}
        aria-label={variant === 'icon' ? label : undefined}
        title={variant === 'icon' ? label : undefined}
        disabled={pending}
        className={clsx(
          'focus-visible:ring-ring inline-flex items-center justify-center gap-2 rounded-full border bg-white/90 text-sm font-medium text-gray-900 shadow-sm transition-colors hover:bg-white focus-visible:ring-2 focus-visible:outline-none dark:bg-gray-900/90 dark:text-gray-50',
          variant === 'icon' ? 'size-10' : 'h-10 w-full px-4',
        )}
      >
        <Heart aria-hidden className={clsx('size-5', on ? 'fill-red-600 text-red-600' : '')} />
        {variant === 'full' ? label : null}
      </button>
      {state.ok === false ? (
        <p role="alert" className="text-destructive mt-1 text-xs">
          {t('failed')}
        </p>
      ) : null}
    </form>
  );
}
