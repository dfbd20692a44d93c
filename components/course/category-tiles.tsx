import { useTranslations } from 'next-intl';

import { Link } from '@/components/ui/link';
import type { CategorySummary } from '@/lib/data/catalog';

export function CategoryTiles({ categories }: { categories: CategorySummary[] }) {
  const t = useTranslations('Common');
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
      {categories.map((c) => (
        <li key={c.slug}>
          <Link
            href={`/categories/${c.slug}`}
            className="bg-card hover:border-primary hover:bg-muted/50 focus-visible:outline-ring flex h-full flex-col gap-1 rounded-lg border p-4 transition-colors focus-visible:outline-2"
          >
            <span className="font-semibold">{c.name}</span>
            <span className="text-muted-foreground text-xs">
              {t('courses', { count: c.courseCount })}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
