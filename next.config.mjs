import createNextIntlPlugin from 'next-intl/plugin';

/**
 * Messages are compiled at build time, so the browser gets the small formatter and not an ICU
 * parser (about 9 KB compressed on every page; DECISIONS 2026-12-07). `locales` is i18n/config.ts's
 * LOCALES (tests/next-config.test.ts keeps the two in step).
 */
export const MESSAGE_CATALOGS = {
  path: './messages',
  format: 'json',
  locales: ['en', 'zh-CN'],
  precompile: true,
};

const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: { messages: MESSAGE_CATALOGS },
});

/**
 * Static security headers on every response (WEB-3), including route handlers and static files.
 * The Content-Security-Policy needs a fresh nonce per page, so proxy.ts sets it (WEB-2).
 */
export const SECURITY_HEADERS = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value:
      'camera=(), microphone=(), geolocation=(), payment=(self "https://js.stripe.com"), usb=(), interest-cohort=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/**
 * NEXT-5: server actions are accepted from our own origin only. Next compares the Origin's host with
 * Host / X-Forwarded-Host itself; this list adds the public host from APP_URL (same default as
 * lib/env.ts), for deployments where the proxy rewrites Host. Never `*`, never `null`.
 * @param {string | undefined} appUrl
 */
export function serverActionOrigins(appUrl) {
  return [new URL(appUrl || 'http://localhost:3000').host];
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm test` type-checks as its own step; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  typedRoutes: false,
  // The build must not need the network (no remote images, no Google fonts).
  images: { remotePatterns: [], unoptimized: true },
  serverExternalPackages: [
    '@node-rs/argon2',
    'sharp',
    'pino',
    'ml-knn',
    'ml-matrix',
    'usearch',
    'pdfkit',
  ],
  experimental: {
    serverActions: {
      bodySizeLimit: '1mb',
      allowedOrigins: serverActionOrigins(process.env.APP_URL),
    },
  },
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      // Lesson PDFs show in our own lesson page's frame; every other response still refuses framing.
      {
        source: '/api/media/:path*',
        headers: [{ key: 'X-Frame-Options', value: 'SAMEORIGIN' }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
