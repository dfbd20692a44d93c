import type { CourseDetail } from '@/lib/data/course-page';

/** schema.org `Course` for a public course page: name, provider, offer and (when rated) rating. */
export function courseJsonLd(course: CourseDetail, pageUrl: string, appName: string) {
  const origin = new URL(pageUrl).origin;
  const price = (course.price.amountMinor / 100).toFixed(2);
  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    name: course.title,
    description: course.subtitle || course.description.slice(0, 300),
    url: pageUrl,
    inLanguage: course.language === 'zh' ? 'zh-CN' : 'en',
    ...(course.coverUrl ? { image: new URL(course.coverUrl, origin).toString() } : {}),
    provider: { '@type': 'Organization', name: appName, url: origin },
    ...(course.creator.name
      ? {
          creator: {
            '@type': 'Person',
            name: course.creator.name,
            ...(course.creator.slug ? { url: `${origin}/creators/${course.creator.slug}` } : {}),
          },
        }
      : {}),
    offers: {
      '@type': 'Offer',
      category: course.price.amountMinor === 0 ? 'Free' : 'Paid',
      price,
      priceCurrency: course.price.currency,
      availability: 'https://schema.org/InStock',
      url: pageUrl,
    },
    hasCourseInstance: { '@type': 'CourseInstance', courseMode: 'Online' },
    ...(course.rating.count > 0 && course.rating.average !== null
      ? {
          aggregateRating: {
            '@type': 'AggregateRating',
            ratingValue: course.rating.average,
            ratingCount: course.rating.count,
            bestRating: 5,
            worstRating: 1,
          },
        }
      : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` data block. `<`, `>` and `&` become unicode
 * escapes, so no title or description can close the element or open markup (WEB-1); the line and
 * paragraph separators are escaped for old parsers. JSON.parse reads the result unchanged.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
