import type { AbstractIntlMessages } from 'next-intl';

/**
 * Namespaces the storefront's client components read. The root layout sends only these to the
 * browser (every page carries them in its payload); areas with their own client UI (auth, account,
 * studio, admin, dev) add the rest with <AllMessages>.
 */
export const STOREFRONT_CLIENT_NAMESPACES = [
  'Common',
  'Nav',
  'Enums',
  'Errors',
  'Validation',
  'Course',
  'Learn',
  'Library',
  'Recs',
  'Checkout',
  'Orders',
] as const;

export function pickMessages(
  messages: AbstractIntlMessages,
  namespaces: readonly string[],
): AbstractIntlMessages {
  return Object.fromEntries(namespaces.flatMap((n) => (n in messages ? [[n, messages[n]!]] : [])));
}
