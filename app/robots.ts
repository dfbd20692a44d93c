import type { MetadataRoute } from 'next';

import { env } from '@/lib/env';

/** Public storefront only; account, learning, studio, admin and API paths are not for crawlers. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: [
        '/api/',
        '/studio',
        '/admin',
        '/account',
        '/library',
        '/learn',
        '/checkout',
        '/search',
      ],
    },
    sitemap: new URL('/sitemap.xml', env.APP_URL).toString(),
  };
}
