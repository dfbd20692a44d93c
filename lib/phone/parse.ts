import {
  parsePhoneNumberFromString,
  type CountryCode,
  type NumberType,
} from 'libphonenumber-js/max';

/**
 * Phone numbers in one shape: E.164 ("+8613812345678"), parsed with the full ('max') metadata so the
 * number type (mobile, landline, premium rate…) is known. Any country parses; which ones may receive
 * an SMS is lib/phone/policy.ts's decision.
 */
export type ParsedPhone = { e164: string; country: CountryCode | undefined; type: NumberType };

/** zh-CN visitors type mainland numbers without "+86"; everyone else gives the country code. */
export function defaultCountryFor(locale: string | undefined): CountryCode | undefined {
  return locale?.toLowerCase().startsWith('zh') ? 'CN' : undefined;
}

export function parsePhone(input: unknown, defaultCountry?: CountryCode): ParsedPhone | null {
  if (typeof input !== 'string') return null;
  const raw = input.trim();
  // Digits, spaces, dashes, dots, brackets and one leading "+"; nothing else reaches the parser.
  if (raw.length < 4 || raw.length > 32 || !/^\+?[\d\s().-]+$/.test(raw)) return null;
  const parsed = parsePhoneNumberFromString(raw, defaultCountry);
  if (!parsed || !parsed.isValid()) return null;
  return { e164: parsed.number, country: parsed.country, type: parsed.getType() };
}

/** "+86 138****5678": enough for the owner to recognise, not enough to harvest. */
export function maskPhone(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  const prefix = parsed ? `+${parsed.countryCallingCode}` : '';
  const national = parsed ? parsed.nationalNumber : e164.replace(/^\+/, '');
  if (national.length <= 4) return `${prefix} ****`.trim();
  const head = national.length > 7 ? national.slice(0, 3) : '';
  const tail = national.slice(-4);
  return `${prefix} ${head}${'*'.repeat(national.length - head.length - 4)}${tail}`.trim();
}
