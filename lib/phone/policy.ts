import type { NumberType } from 'libphonenumber-js/max';

import type { ParsedPhone } from '@/lib/phone/parse';

/**
 * ABUSE-5: which numbers we pay to text. Only mobile-capable types in allow-listed countries; premium
 * rate, shared cost, VoIP, pagers and numbers of unknown type are refused before any send.
 */
const SENDABLE_TYPES: ReadonlySet<NumberType> = new Set(['MOBILE', 'FIXED_LINE_OR_MOBILE']);

export type SendRefusal = 'country' | 'type';

export function parseCountryList(list: string): ReadonlySet<string> {
  return new Set(
    list
      .split(',')
      .map((c) => c.trim().toUpperCase())
      .filter((c) => /^[A-Z]{2}$/.test(c)),
  );
}

export function sendRefusal(phone: ParsedPhone, allowed: ReadonlySet<string>): SendRefusal | null {
  if (!phone.country || !allowed.has(phone.country)) return 'country';
  if (!phone.type || !SENDABLE_TYPES.has(phone.type)) return 'type';
  return null;
}
