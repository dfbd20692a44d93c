import { NextIntlClientProvider } from 'next-intl';

/**
 * Every message namespace for the client components below (auth, account, studio, admin, dev).
 * The root layout sends only the storefront's namespaces (i18n/client-messages.ts).
 */
export function AllMessages({ children }: { children: React.ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
