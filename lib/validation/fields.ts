import { z } from 'zod';

import { ID_PATTERN } from '@/lib/ids';
import { parsePriceInput } from '@/lib/pricing';

/**
 * Shared field schemas for account forms. Every message is an i18n key in the Validation namespace,
 * translated where the form renders it. Wrong types (a file where text belongs, an array from a
 * repeated field) get the same "required"/"invalid" messages as empty input.
 */
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** An empty text input is "not given", so `.optional()` after it means what it says. */
export const blankToUndefined = (v: unknown) =>
  typeof v === 'string' && v.trim() === '' ? undefined : v;

/** A money input ("19.99", "¥129", "1,299.00") as integer minor units; `message` when unreadable. */
export const moneyInputField = (message: string) =>
  z.string({ error: message }).transform((v, ctx) => {
    const minor = parsePriceInput(v);
    if (minor === null) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return minor;
  });

export const requiredText = (max: number, tooLong = 'Validation.tooLong') =>
  z
    .string({ error: 'Validation.required' })
    .trim()
    .min(1, 'Validation.required')
    .max(max, tooLong)
    .refine((v) => !CONTROL_CHARS.test(v), 'Validation.invalidCharacters');

export const optionalText = (max: number, tooLong = 'Validation.tooLong') =>
  z
    .string({ error: 'Validation.invalid' })
    .trim()
    .max(max, tooLong)
    .refine((v) => !CONTROL_CHARS.test(v.replace(/[\n\r\t]/g, '')), 'Validation.invalidCharacters')
    .optional()
    .default('');

export const emailField = z
  .string({ error: 'Validation.required' })
  .trim()
  .toLowerCase()
  .min(1, 'Validation.required')
  .max(254, 'Validation.emailTooLong')
  .pipe(z.email({ error: 'Validation.emailInvalid' }));

/** Sign-in and re-authentication: anything non-empty up to the hashing cap (AUTH-1). */
export const currentPasswordField = z
  .string({ error: 'Validation.passwordRequired' })
  .min(1, 'Validation.passwordRequired')
  .max(1024, 'Validation.passwordTooLong');

const COMMON_PASSWORDS = new Set([
  'password',
  'password1',
  'password12',
  'password123',
  'passw0rd',
  '1234567890',
  '12345678910',
  'qwertyuiop',
  'iloveyou12',
  'letmein123',
  'welcome123',
  'admin12345',
  'abc1234567',
  'qwerty1234',
  '1q2w3e4r5t',
  'zhishi12345',
  '0123456789',
  '1111111111',
  'aaaaaaaaaa',
  'woaini1314',
  'a123456789',
  'qwertyuiop1',
]);

/** New passwords: 10 to 128 characters (a long passphrase fits), not a well-known one, not one repeated character. */
export const newPasswordField = z
  .string({ error: 'Validation.passwordRequired' })
  .min(10, 'Validation.passwordTooShort')
  .max(128, 'Validation.passwordTooLong')
  .refine(
    (v) => !COMMON_PASSWORDS.has(v.toLowerCase()) && !/^(.)\1+$/.test(v),
    'Validation.passwordTooCommon',
  );

export const idField = z
  .string({ error: 'Validation.invalid' })
  .regex(ID_PATTERN, 'Validation.invalid');

export const checkboxField = z.literal('on', { error: 'Validation.confirmRequired' });

export const otpField = z
  .string({ error: 'Validation.codeRequired' })
  .trim()
  .min(1, 'Validation.codeRequired')
  .max(20, 'Validation.codeInvalid')
  .regex(/^(\d{3}\s?\d{3}|[A-Za-z0-9]{5}-?[A-Za-z0-9]{5})$/, 'Validation.codeInvalid');

/** A file input: an empty input (size 0) counts as "no file". */
export const optionalFileField = z
  .union([z.instanceof(File), z.string()], { error: 'Validation.invalid' })
  .optional()
  .transform((v) => (v instanceof File && v.size > 0 ? v : undefined));
