import { getTranslations } from 'next-intl/server';

import { Button } from '@/components/ui/button';
import { Search } from '@/components/ui/icons';
import { Input } from '@/components/ui/input';

/** Title search as a GET form: works without JavaScript and keeps the status filter in the URL. */
export async function CourseSearch({ q, status }: { q: string | null; status: string | null }) {
  const t = await getTranslations('StudioBuilder.list');
  return (
    <form role="search" action="/studio/courses" className="flex max-w-md gap-2">
      {status ? <input type="hidden" name="status" value={status} /> : null}
      <label htmlFor="studio-course-q" className="sr-only">
        {t('searchLabel')}
      </label>
      <Input
        id="studio-course-q"
        type="search"
        name="q"
        defaultValue={q ?? ''}
        maxLength={100}
        placeholder={t('searchPlaceholder')}
      />
      <Button type="submit" variant="outline">
        <Search aria-hidden />
        {t('search')}
      </Button>
    </form>
  );
}
