import { getTranslations } from 'next-intl/server';

import { Heart } from '@/components/ui/icons';
import { Link } from '@/components/ui/link';
import { getViewer } from '@/lib/auth/guards';
import { getWishlistedIds } from '@/lib/data/wishlist';
import { cn } from '@/lib/utils';

import { WishlistButton } from './wishlist-button';

/**
 * Heart for a course: the form for signed-in viewers, a sign-in link for visitors (on the course
 * page; cards show no heart to visitors). Reads the viewer
 * and their wishlist once per request (React cache), however many cards a page shows.
 */
export async function WishlistHeart({
  courseId,
  returnTo,
  variant = 'icon',
  forVisitors = true,
  className,
}: {
  courseId: string;
  returnTo: string;
  variant?: 'icon' | 'full';
  /** Cards pass false: a sign-in link on every tile would only add links for crawlers and tab stops. */
  forVisitors?: boolean;
  className?: string;
}) {
  const viewer = await getViewer();
  if (!viewer) {
    if (!forVisitors) return null;
    const t = await getTranslations('Library.wishlist');
    return (
      <Link
        href={`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`}
        aria-label={variant === 'icon' ? t('signInToAdd') : undefined}
        className={cn(
          'focus-visible:ring-ring inline-flex items-center justify-center gap-2 rounded-full border bg-white/90 text-sm font-medium text-gray-900 shadow-sm hover:bg-white focus-visible:ring-2 focus-visible:outline-none dark:bg-gray-900/90 dark:text-gray-50',
          variant === 'icon' ? 'size-10' : 'h-10 w-full px-4',
          className,
        )}
      >
        <Heart aria-hidden className="size-5" />
        {variant === 'full' ? t('add') : null}
      </Link>
    );
  }
  const ids = await getWishlistedIds(viewer.id);
  return (
    <WishlistButton
      courseId={courseId}
      wishlisted={ids.has(courseId)}
      variant={variant}
      className={className}
    />
  );
}
