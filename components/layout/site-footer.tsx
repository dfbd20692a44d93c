import { getLocale, getTranslations } from 'next-intl/server';

import { Link } from '@/components/ui/link';
import { listCategories } from '@/lib/data/catalog';

export async function SiteFooter() {
  const [t, tc, locale] = await Promise.all([
    getTranslations('Nav'),
    getTranslations('Common'),
    getLocale(),
  ]);
  const categories = (await listCategories(locale)).slice(0, 8);
  const year = new Date().getUTCFullYear();
  return (
    <footer className="bg-muted/40 render-when-visible mt-16 border-t">
      <div className="mx-auto grid max-w-7xl gap-8 px-4 py-10 sm:grid-cols-2 lg:grid-cols-4">
        <div className="grid content-start gap-2">
          <p className="text-lg font-bold">{tc('appName')}</p>
          <p className="text-muted-foreground text-sm">{t('footer.madeFor')}</p>
        </div>
        <nav aria-label={t('categories')} className="grid content-start gap-2 lg:col-span-2">
          <p className="text-sm font-semibold">{t('categories')}</p>
          <ul className="grid grid-cols-2 gap-x-4 gap-y-1.5 text-sm">
            {categories.map((c) => (
              <li key={c.slug}>
                <Link
                  href={`/categories/${c.slug}`}
                  className="text-muted-foreground hover:text-foreground hover:underline"
                >
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label={t('footer.explore')} className="grid content-start gap-2">
          <p className="text-sm font-semibold">{t('footer.explore')}</p>
          <ul className="grid gap-1.5 text-sm">
            <li>
              <Link
                href="/search"
                className="text-muted-foreground hover:text-foreground hover:underline"
              >
                {t('search')}
              </Link>
            </li>
            <li>
              <Link
                href="/library"
                className="text-muted-foreground hover:text-foreground hover:underline"
              >
                {t('myLearning')}
              </Link>
            </li>
            <li>
              <Link
                href="/studio"
                className="text-muted-foreground hover:text-foreground hover:underline"
              >
                {t('footer.teachOnZhishi')}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
      <p className="text-muted-foreground border-t px-4 py-4 text-center text-xs">
        {t('footer.rights', { year })}
      </p>
    </footer>
  );
}
