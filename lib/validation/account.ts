import { z } from 'zod';

import { LOCALES } from '@/i18n/config';
import {
  checkboxField,
  currentPasswordField,
  emailField,
  newPasswordField,
  optionalFileField,
  optionalText,
  otpField,
  requiredText,
} from '@/lib/validation/fields';

export const profileSchema = z.object({
  name: requiredText(80, 'Validation.nameTooLong'),
  avatar: optionalFileField,
});

export const localeSchema = z.object({
  locale: z.enum(LOCALES, { error: 'Validation.localeInvalid' }),
});

export const changePasswordSchema = z
  .object({
    currentPassword: currentPasswordField,
    newPassword: newPasswordField,
    confirmPassword: z.string({ error: 'Validation.passwordRequired' }).max(1024),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'Validation.passwordsDiffer',
  });

export const changeEmailSchema = z.object({
  currentPassword: currentPasswordField,
  newEmail: emailField,
});

export const deleteAccountSchema = z.object({
  currentPassword: currentPasswordField,
  confirm: checkboxField,
});

export const reauthSchema = z.object({ currentPassword: currentPasswordField });

/** ISO 3166-1 alpha-2 countries where payouts are offered. */
export const PAYOUT_COUNTRIES = [
  'CN',
  'HK',
  'TW',
  'SG',
  'JP',
  'KR',
  'US',
  'CA',
  'GB',
  'DE',
  'FR',
  'NL',
  'AU',
  'NZ',
] as const;

export const becomeCreatorSchema = z.object({
  displayName: requiredText(80, 'Validation.nameTooLong').refine(
    (v) => v.length >= 2,
    'Validation.nameTooShort',
  ),
  headline: optionalText(160),
  bio: optionalText(2000),
  payoutCountry: z.enum(PAYOUT_COUNTRIES, { error: 'Validation.countryInvalid' }),
  avatar: optionalFileField,
});

export const enableTwoFactorSchema = z.object({
  code: otpField,
  currentPassword: currentPasswordField,
});

export const disableTwoFactorSchema = z.object({
  currentPassword: currentPasswordField,
  code: otpField,
});
