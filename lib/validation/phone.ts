import { z } from 'zod';

import { LOCALES } from '@/i18n/config';
import {
  blankToUndefined,
  currentPasswordField,
  emailField,
  newPasswordField,
  requiredText,
} from '@/lib/validation/fields';

/** Raw text as typed; lib/phone/parse.ts turns it into E.164 with the locale's default country. */
export const phoneField = z
  .string({ error: 'Phone.errors.invalidPhone' })
  .trim()
  .min(4, 'Phone.errors.invalidPhone')
  .max(32, 'Phone.errors.invalidPhone');

export const smsCodeField = z
  .string({ error: 'Phone.errors.codeInvalid' })
  .trim()
  .regex(/^\d{6}$/, 'Phone.errors.codeInvalid');

const locale = z.enum(LOCALES).optional();
const callbackUrl = z.string().max(2048).optional();

export const requestPhoneCodeSchema = z.object({
  phone: phoneField,
  purpose: z.enum(['sign_in', 'sign_up']),
  locale,
});

export const phoneSignInSchema = z.object({
  phone: phoneField,
  code: smsCodeField,
  locale,
  callbackUrl,
});

export const phoneSignUpSchema = z.object({
  name: requiredText(80, 'Validation.nameTooLong'),
  phone: phoneField,
  code: smsCodeField,
  locale,
  callbackUrl,
});

/** Phone-only accounts add what they lack (an email, a password), re-authenticated by an SMS code. */
export const securePhoneAccountSchema = z
  .object({
    code: smsCodeField,
    email: z.preprocess(blankToUndefined, emailField.optional()),
    newPassword: z.preprocess(blankToUndefined, newPasswordField.optional()),
    confirmPassword: z.string().max(1024).optional(),
  })
  .refine((v) => !v.newPassword || v.newPassword === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'Validation.passwordsDiffer',
  })
  .refine((v) => v.email || v.newPassword, {
    path: ['email'],
    message: 'Phone.errors.nothingToAdd',
  });

/** Add or change the account's number: the current password first (AUTH-8), then a code to the new number. */
export const requestPhoneLinkSchema = z.object({
  phone: phoneField,
  currentPassword: currentPasswordField,
});

export const confirmPhoneLinkSchema = z.object({ phone: phoneField, code: smsCodeField });

export const removePhoneSchema = z.object({ currentPassword: currentPasswordField });
