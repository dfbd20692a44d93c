import { getTranslations } from 'next-intl/server';

import { Pagination } from '@/components/ui/pagination';

/** Page links for the admin lists, labelled once; `hrefFor` keeps the list's filters. */
export async function AdminPagination(props: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
}) {
  const t = await getTranslations('Admin.Pagination');
  return (
    <Pagination
      {...props}
      labels={{
        nav: t('nav'),
        previous: t('previous'),
        next: t('next'),
        page: (n) => t('page', { page: n }),
      }}
    />
  );
}
