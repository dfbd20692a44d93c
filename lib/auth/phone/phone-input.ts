import { AppError } from '@/lib/errors';
import { defaultCountryFor, parsePhone, type ParsedPhone } from '@/lib/phone/parse';

/** Parses a form's phone field for this locale, or answers with a field error (400). */
export function phoneFromInput(raw: string, locale: string | undefined): ParsedPhone {
  const phone = parsePhone(raw, defaultCountryFor(locale));
  if (!phone) {
    throw new AppError('BAD_REQUEST', 'Phone.errors.invalidPhone', {
      fieldErrors: { phone: ['Phone.errors.invalidPhone'] },
    });
  }
  return phone;
}
