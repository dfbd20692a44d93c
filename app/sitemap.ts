import type { MetadataRoute } from 'next';

import { listCategories, listPublicCourseSlugs } from '@/lib/data/catalog';
import { env } from '@/lib/env';

/** Built per request (the build has no database); the list comes from the public rule, so drafts never appear (ACCESS-6). */
export const dynamic = 'force-dynamic';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const url = (path: string) => new URL(path, env.APP_URL).toString();
  const [courses, categories] = await Promise.all([listPublicCourseSlugs(), listCategories('en')]);
  return [
    { url: url('/'), changeFrequency: 'daily', priority: 1 },
    ...categories.map((c) => ({
      url: url(`/categories/${c.slug}`),
      changeFrequency: 'daily' as const,
      priority: 0.7,
    })),
    ...courses.map((c) => ({
      url: url(`/courses/${c.slug}`),
      lastModified: c.updatedAt,
      changeFrequency: 'weekly' as const,
      priority: 0.8,
    })),
  ];
}
