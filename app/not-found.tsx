import Link from 'next/link';

import { Compass } from 'lucide-react';
import { getTranslations } from 'next-intl/server';

import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { Button } from '@/components/ui/button';

/** One 404 for unknown URLs and for everything that is not public (ACCESS-6: no hint it exists). */
export default async function NotFound() {
  const t = await getTranslations('Common');
  return (
    <>
      <SiteHeader />
      <main id="main" className="flex-1">
        <div className="mx-auto grid max-w-xl justify-items-center gap-4 px-4 py-20 text-center">
          <Compass aria-hidden className="text-muted-foreground size-10" />
          <h1 className="text-2xl font-bold">{t('notFound.title')}</h1>
          <p className="text-muted-foreground">{t('notFound.body')}</p>
          <Button asChild>
            <Link href="/">{t('backHome')}</Link>
          </Button>
        </div>
      </main>
      <SiteFooter />
    </>
  );
}
