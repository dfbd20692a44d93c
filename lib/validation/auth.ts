import { z } from 'zod';

import { LOCALES } from '@/i18n/config';
import {
  currentPasswordField,
  emailField,
  newPasswordField,
  otpField,
  requiredText,
} from '@/lib/validation/fields';

const callbackUrl = z.string().max(2048).optional();

export const signUpSchema = z.object({
  name: requiredText(80, 'Validation.nameTooLong'),
  email: emailField,
  password: newPasswordField,
  locale: z.enum(LOCALES).optional(),
  callbackUrl,
});

export const signInSchema = z.object({
  email: emailField,
  password: currentPasswordField,
  callbackUrl,
});

export const twoFactorSignInSchema = z.object({ code: otpField });

export const forgotPasswordSchema = z.object({ email: emailField });

const tokenField = z
  .string({ error: 'Validation.tokenInvalid' })
  .min(1, 'Validation.tokenInvalid')
  .max(100, 'Validation.tokenInvalid');

export const resetPasswordSchema = z
  .object({
    token: tokenField,
    password: newPasswordField,
    confirmPassword: z.string({ error: 'Validation.passwordRequired' }).max(1024),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'Validation.passwordsDiffer',
  });

export const verifyEmailSchema = z.object({ token: tokenField });

export const emptySchema = z.object({});
