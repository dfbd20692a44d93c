import { getLocale, getTranslations } from 'next-intl/server';

import { Button } from '@/components/ui/button';
import { GraduationCap, UserRound } from '@/components/ui/icons';
import { Link } from '@/components/ui/link';
import { getViewer } from '@/lib/auth/guards';
import { hasRole } from '@/lib/auth/viewer';
import { listCategories } from '@/lib/data/catalog';

import type { NavViewer } from './account-menu';
import { AccountMenuLazy } from './account-menu-lazy';
import { CategoryMenu } from './category-menu';
import { LocaleSwitch } from './locale-switch';
import { MobileNav } from './mobile-nav';
import { SearchBox } from './search-box';
import { ThemeToggle } from './theme-toggle';

export async function SiteHeader() {
  const [t, tc, viewer, locale] = await Promise.all([
    getTranslations('Nav'),
    getTranslations('Common'),
    getViewer(),
    getLocale(),
  ]);
  const categories = (await listCategories(locale)).map((c) => ({ slug: c.slug, name: c.name }));
  const navViewer: NavViewer | null = viewer
    ? {
        name: viewer.name,
        email: viewer.email,
        isCreator: hasRole(viewer, 'creator'),
        isAdmin: viewer.role === 'admin',
      }
    : null;
  return (
    <header className="bg-background/95 supports-[backdrop-filter]:bg-background/80 sticky top-0 z-40 border-b backdrop-blur">
      <div className="mx-auto flex h-16 max-w-7xl items-center gap-2 px-4 sm:gap-3">
        <MobileNav categories={categories} viewer={navViewer} />
        <Link
          href="/"
          className="focus-visible:outline-ring flex shrink-0 items-center gap-2 rounded-md text-lg font-bold focus-visible:outline-2"
        >
          <GraduationCap aria-hidden className="text-primary size-7" />
          <span>{tc('appName')}</span>
        </Link>
        <nav aria-label={t('mainNav')} className="hidden md:block">
          <CategoryMenu categories={categories} label={t('categories')} />
        </nav>
        <SearchBox className="mx-2 hidden max-w-xl flex-1 sm:block" />
        <div className="ml-auto flex items-center gap-1">
          <LocaleSwitch />
          <ThemeToggle />
          {navViewer ? (
            <>
              <Button asChild variant="ghost" className="hidden lg:inline-flex">
                <Link href="/library">{t('myLearning')}</Link>
              </Button>
              <AccountMenuLazy viewer={navViewer} />
            </>
          ) : (
            <>
              <Button
                asChild
                variant="ghost"
                size="icon"
                className="sm:hidden"
                aria-label={t('signIn')}
              >
                <Link href="/sign-in">
                  <UserRound aria-hidden />
                </Link>
              </Button>
              <Button asChild variant="ghost" className="hidden sm:inline-flex">
                <Link href="/sign-in">{t('signIn')}</Link>
              </Button>
              <Button asChild className="hidden sm:inline-flex">
                <Link href="/sign-up">{t('signUp')}</Link>
              </Button>
            </>
          )}
        </div>
      </div>
      <div className="px-4 pb-3 sm:hidden">
        <SearchBox id="site-search-mobile" />
      </div>
    </header>
  );
}
