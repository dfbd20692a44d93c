import type { Metadata } from 'next';

import { getLocale, getTranslations } from 'next-intl/server';

import { CourseGrid } from '@/components/course/course-grid';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Heart } from '@/components/ui/icons';
import { Link } from '@/components/ui/link';
import { requirePageRole } from '@/lib/auth/guards';
import { listWishlist } from '@/lib/data/wishlist';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Library.wishlist');
  return { title: t('title'), robots: { index: false } };
}

/** The viewer's saved courses; each card's heart removes it again. */
export default async function WishlistPage() {
  const viewer = await requirePageRole('user', '/wishlist');
  const [t, locale] = await Promise.all([getTranslations('Library.wishlist'), getLocale()]);
  const items = await listWishlist(viewer.id, locale);
  return (
    <div className="mx-auto grid max-w-7xl gap-8 px-4 py-8">
      <header className="grid gap-1">
        <h1 className="text-2xl font-bold sm:text-3xl">{t('title')}</h1>
        <p className="text-muted-foreground">{t('subtitle')}</p>
      </header>
      {items.length === 0 ? (
        <EmptyState
          icon={<Heart />}
          title={t('emptyTitle')}
          description={t('emptyBody')}
          action={
            <Button asChild>
              <Link href="/#categories">{t('browse')}</Link>
            </Button>
          }
        />
      ) : (
        <CourseGrid courses={items} />
      )}
    </div>
  );
}
