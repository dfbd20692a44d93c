import { describe, expect, it } from 'vitest';

import { listPublicCourses } from '@/lib/data/catalog';
import { getCourseForStorefront } from '@/lib/data/course-page';
import { money } from '@/lib/money';
import { parseCatalogFilters } from '@/lib/validation/catalog';
import { makeCourse, makeUser } from '@/tests/support/dashboard-fixtures';

describe('a course sold in USD and CNY on the storefront', () => {
  it('lists both prices on its page, and its card and page show CNY to Chinese-language visitors', async () => {
    const creator = await makeUser('creator');
    const id = await makeCourse(creator.id, {
      title: 'Dual priced course',
      priceMinor: 1999,
      currency: 'USD',
      alt: { priceMinor: 13900, currency: 'CNY' },
    });
    const slug = `course-${id}`;
    const en = await getCourseForStorefront(slug, null, 'en');
    expect(en?.prices).toEqual([money(1999, 'USD'), money(13900, 'CNY')]);
    expect(en?.price).toEqual(money(1999, 'USD'));
    const zh = await getCourseForStorefront(slug, null, 'zh-CN');
    expect(zh?.price).toEqual(money(13900, 'CNY'));

    const single = await makeCourse(creator.id, { priceMinor: 2500, currency: 'USD' });
    const one = await getCourseForStorefront(`course-${single}`, null, 'zh-CN');
    expect(one?.prices).toEqual([money(2500, 'USD')]);
    expect(one?.price).toEqual(money(2500, 'USD'));

    const cardPrice = async (locale: string) => {
      const page = await listPublicCourses(locale, parseCatalogFilters({}), {
        creatorId: creator.id,
      });
      return page.items.find((c) => c.id === id)?.price;
    };
    expect(await cardPrice('zh-CN')).toEqual(money(13900, 'CNY'));
    expect(await cardPrice('en')).toEqual(money(1999, 'USD'));
  });
});
