import { getTranslations } from 'next-intl/server';

import { Search } from '@/components/ui/icons';
import { cn } from '@/lib/utils';

/** A GET form to /search: no JavaScript needed, and the query lands in the URL (shareable). */
export async function SearchBox({
  defaultValue,
  className,
  id = 'site-search',
}: {
  defaultValue?: string;
  className?: string;
  id?: string;
}) {
  const t = await getTranslations('Nav');
  return (
    <form action="/search" method="get" role="search" className={cn('relative', className)}>
      <label htmlFor={id} className="sr-only">
        {t('searchLabel')}
      </label>
      <Search
        aria-hidden
        className="text-muted-foreground pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2"
      />
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={t('searchPlaceholder')}
        maxLength={100}
        autoComplete="off"
        className="border-input bg-muted/60 placeholder:text-muted-foreground focus-visible:bg-background focus-visible:outline-ring h-10 w-full rounded-full border pr-4 pl-9 text-sm focus-visible:outline-2 focus-visible:outline-offset-1"
      />
    </form>
  );
}
