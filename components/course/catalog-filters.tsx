import { useTranslations } from 'next-intl';

import { Button } from '@/components/ui/button';
import { Link } from '@/components/ui/link';
import { Select } from '@/components/ui/select';
import { COURSE_LANGUAGES, COURSE_LEVELS } from '@/db/schema/catalog';
import { CATALOG_SORTS, PRICE_FILTERS, type SearchFilters } from '@/lib/validation/catalog';

/**
 * A GET form: filters live in the URL, so the page works without JavaScript and links are
 * shareable. `action` is the listing's own path; a search keeps its query in a hidden field.
 */
export function CatalogFilters({
  action,
  filters,
  withRelevance = false,
}: {
  action: string;
  filters: SearchFilters;
  withRelevance?: boolean;
}) {
  const t = useTranslations('Catalog.filters');
  const te = useTranslations('Enums');
  const field = 'grid gap-1 text-sm font-medium';
  return (
    <form
      action={action}
      method="get"
      aria-label={t('title')}
      className="grid grid-cols-2 items-end gap-3 sm:flex sm:flex-wrap"
    >
      {filters.q ? <input type="hidden" name="q" value={filters.q} /> : null}
      <label className={field}>
        {t('level')}
        <Select name="level" defaultValue={filters.level ?? ''} className="sm:w-40">
          <option value="">{t('any')}</option>
          {COURSE_LEVELS.map((v) => (
            <option key={v} value={v}>
              {te(`level.${v}`)}
            </option>
          ))}
        </Select>
      </label>
      <label className={field}>
        {t('language')}
        <Select name="language" defaultValue={filters.language ?? ''} className="sm:w-36">
          <option value="">{t('any')}</option>
          {COURSE_LANGUAGES.map((v) => (
            <option key={v} value={v}>
              {te(`language.${v}`)}
            </option>
          ))}
        </Select>
      </label>
      <label className={field}>
        {t('price')}
        <Select name="price" defaultValue={filters.price ?? ''} className="sm:w-32">
          <option value="">{t('any')}</option>
          {PRICE_FILTERS.map((v) => (
            <option key={v} value={v}>
              {te(`price.${v}`)}
            </option>
          ))}
        </Select>
      </label>
      <label className={field}>
        {t('sort')}
        <Select name="sort" defaultValue={filters.sort ?? ''} className="sm:w-48">
          {withRelevance ? <option value="">{te('sort.relevance')}</option> : null}
          {CATALOG_SORTS.map((v) => (
            <option key={v} value={v === 'popular' && !withRelevance ? '' : v}>
              {te(`sort.${v}`)}
            </option>
          ))}
        </Select>
      </label>
      <div className="col-span-2 flex gap-2">
        <Button type="submit">{t('apply')}</Button>
        <Button asChild variant="ghost">
          <Link href={filters.q ? `${action}?q=${encodeURIComponent(filters.q)}` : action}>
            {t('reset')}
          </Link>
        </Button>
      </div>
    </form>
  );
}
