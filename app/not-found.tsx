import { getTranslations } from 'next-intl/server';

import { SearchBox } from '@/components/layout/search-box';
import { Button } from '@/components/ui/button';
import { Compass, GraduationCap } from '@/components/ui/icons';
import { Link } from '@/components/ui/link';

/**
 * One 404 for unknown URLs and for everything that is not public (ACCESS-6: no hint it exists).
 * It carries no site header: Next embeds this page in every page's payload (for notFound() during
 * client navigation), so the logo, a search form and a way home stand in for the full navigation.
 */
export default async function NotFound() {
  const t = await getTranslations('Common');
  return (
    <main id="main" className="flex-1">
      <div className="mx-auto grid max-w-xl justify-items-center gap-4 px-4 py-16 text-center">
        <Link
          href="/"
          className="focus-visible:outline-ring mb-6 flex items-center gap-2 rounded-md text-lg font-bold focus-visible:outline-2"
        >
          <GraduationCap className="text-primary size-7" />
          <span>{t('appName')}</span>
        </Link>
        <Compass className="text-muted-foreground size-10" />
        <h1 className="text-2xl font-bold">{t('notFound.title')}</h1>
        <p className="text-muted-foreground">{t('notFound.body')}</p>
        <SearchBox id="not-found-search" className="w-full max-w-sm" />
        <Button asChild>
          <Link href="/">{t('backHome')}</Link>
        </Button>
      </div>
    </main>
  );
}
