import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages, getTranslations } from 'next-intl/server';

import { Providers } from '@/components/providers';
import { pickMessages, STOREFRONT_CLIENT_NAMESPACES } from '@/i18n/client-messages';
import { env } from '@/lib/env';
import { parseTheme, THEME_COOKIE } from '@/lib/theme';

import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Common');
  // Static files live in public/; the favicon is app/icon.svg (named here, since `icons` replaces
  // the file convention's link) and app/robots.ts the robots file.
  return {
    metadataBase: new URL(env.APP_URL),
    title: { default: t('appName'), template: `%s · ${t('appName')}` },
    description: t('tagline'),
    manifest: '/site.webmanifest',
    icons: { icon: { url: '/icon.svg', type: 'image/svg+xml' }, apple: '/apple-touch-icon.png' },
    openGraph: {
      type: 'website',
      siteName: t('appName'),
      images: [{ url: '/og.png', width: 1200, height: 630, alt: t('appName') }],
    },
    twitter: { card: 'summary_large_image', images: ['/og.png'] },
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, cookieStore, t, messages] = await Promise.all([
    getLocale(),
    cookies(),
    getTranslations('Common'),
    getMessages(),
  ]);
  // The theme class is decided here, on the server, so the first paint already has it (no flash).
  const theme = parseTheme(cookieStore.get(THEME_COOKIE)?.value);
  return (
    <html lang={locale} className={theme} suppressHydrationWarning>
      <body className="flex min-h-dvh flex-col font-sans antialiased">
        <a
          href="#main"
          className="focus:bg-background sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-[60] focus:rounded-md focus:px-3 focus:py-2 focus:shadow"
        >
          {t('skipToContent')}
        </a>
        {/* Only the storefront's namespaces reach every page; other areas add theirs (AllMessages). */}
        <NextIntlClientProvider messages={pickMessages(messages, STOREFRONT_CLIENT_NAMESPACES)}>
          <Providers>{children}</Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
