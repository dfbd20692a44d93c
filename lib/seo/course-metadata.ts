import type { Metadata } from 'next';

import type { CourseDetail } from '@/lib/data/course-page';
import { env } from '@/lib/env';

export function coursePageUrl(slug: string): string {
  return new URL(`/courses/${encodeURIComponent(slug)}`, env.APP_URL).toString();
}

/**
 * Canonical, OpenGraph and Twitter card for a public course page. The language comes from a
 * cookie or Accept-Language on one URL (no /en or /zh-CN prefix), so there are no per-language URLs
 * to list as hreflang alternates; the one honest alternate is x-default → that same URL, and
 * OpenGraph names both locales the page is served in.
 */
export function courseMetadata(course: CourseDetail, appName: string): Metadata {
  const url = coursePageUrl(course.slug);
  const description = course.subtitle || course.description.slice(0, 200);
  const images = course.coverUrl ? [{ url: course.coverUrl, alt: course.title }] : undefined;
  return {
    title: course.title,
    description,
    alternates: { canonical: url, languages: { 'x-default': url } },
    openGraph: {
      type: 'website',
      url,
      siteName: appName,
      title: course.title,
      description,
      locale: course.language === 'zh' ? 'zh_CN' : 'en_US',
      alternateLocale: course.language === 'zh' ? ['en_US'] : ['zh_CN'],
      images,
    },
    twitter: {
      card: images ? 'summary_large_image' : 'summary',
      title: course.title,
      description,
      images: images?.map((i) => i.url),
    },
  };
}
