import { getTranslations } from 'next-intl/server';

import { Button, buttonVariants } from '@/components/ui/button';
import { Menu, X } from '@/components/ui/icons';
import { Link } from '@/components/ui/link';
import { cn } from '@/lib/utils';

import type { NavViewer } from './account-menu';
import type { NavCategory } from './category-menu';
import { SignOutButton } from './sign-out-button';

const MENU_ID = 'mobile-nav';
const linkClass =
  'block rounded-md px-3 py-2 text-sm hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring';

/**
 * The phone navigation: a left panel with the same destinations as the desktop header, built on
 * the native popover attribute, so it opens, closes on Escape or outside tap, and works without
 * downloading any JavaScript (only sign-out, for signed-in users, is a client form).
 */
export async function MobileNav({
  categories,
  viewer,
}: {
  categories: NavCategory[];
  viewer: NavViewer | null;
}) {
  const [t, tc] = await Promise.all([getTranslations('Nav'), getTranslations('Common')]);
  return (
    <>
      <button
        type="button"
        popoverTarget={MENU_ID}
        aria-label={t('openMenu')}
        className={cn(buttonVariants({ variant: 'ghost', size: 'icon' }), 'md:hidden')}
      >
        <Menu aria-hidden />
      </button>
      <div
        id={MENU_ID}
        popover="auto"
        className="bg-background text-foreground fixed top-0 right-auto bottom-0 left-0 m-0 h-dvh max-h-none w-[85%] max-w-sm overflow-y-auto border-r p-5 shadow-lg backdrop:bg-black/50"
      >
        <div className="mb-4 flex items-center justify-between">
          <p className="text-lg font-semibold">{tc('appName')}</p>
          <button
            type="button"
            popoverTarget={MENU_ID}
            popoverTargetAction="hide"
            className="text-muted-foreground hover:bg-muted focus-visible:outline-ring rounded-md p-1 focus-visible:outline-2"
          >
            <X aria-hidden className="size-5" />
            <span className="sr-only">{tc('close')}</span>
          </button>
        </div>
        <nav aria-label={t('mainNav')} className="grid gap-1">
          <Link href="/" className={linkClass}>
            {t('home')}
          </Link>
          {viewer ? (
            <>
              <Link href="/library" className={linkClass}>
                {t('myLearning')}
              </Link>
              <Link href="/wishlist" className={linkClass}>
                {t('wishlist')}
              </Link>
            </>
          ) : null}
          {viewer?.isCreator ? (
            <Link href="/studio" className={linkClass}>
              {t('studio')}
            </Link>
          ) : null}
          {viewer?.isAdmin ? (
            <Link href="/admin" className={linkClass}>
              {t('admin')}
            </Link>
          ) : null}
          <hr className="my-2" />
          <p className="text-muted-foreground px-3 text-xs font-semibold tracking-wide uppercase">
            {t('categories')}
          </p>
          {categories.map((c) => (
            <Link key={c.slug} href={`/categories/${c.slug}`} className={linkClass}>
              {c.name}
            </Link>
          ))}
          <hr className="my-2" />
          {viewer ? (
            <>
              <Link href="/account" className={linkClass}>
                {t('account')}
              </Link>
              <SignOutButton label={t('signOut')} className={`${linkClass} w-full text-left`} />
            </>
          ) : (
            <div className="grid grid-cols-2 gap-2 px-1">
              <Button asChild variant="outline">
                <Link href="/sign-in">{t('signIn')}</Link>
              </Button>
              <Button asChild>
                <Link href="/sign-up">{t('signUp')}</Link>
              </Button>
            </div>
          )}
        </nav>
      </div>
    </>
  );
}
