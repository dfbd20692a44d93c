import type { Metadata } from 'next';

import { getTranslations } from 'next-intl/server';

import { buttonVariants } from '@/components/ui/button';
import { Link } from '@/components/ui/link';

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: (await getTranslations('Auth.forbidden'))('metaTitle'),
    robots: { index: false },
  };
}

/** Where requirePageRole sends a signed-in viewer who lacks the role. */
export default async function ForbiddenPage() {
  const t = await getTranslations('Auth.forbidden');
  return (
    <main
      id="main"
      className="mx-auto grid min-h-[60dvh] max-w-lg content-center gap-4 px-4 text-center"
    >
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="text-muted-foreground">{t('description')}</p>
      <div className="flex flex-wrap justify-center gap-3">
        <Link href="/" className={buttonVariants()}>
          {t('home')}
        </Link>
        <Link href="/become-creator" className={buttonVariants({ variant: 'outline' })}>
          {t('becomeCreator')}
        </Link>
      </div>
    </main>
  );
}
