import { z } from 'zod';

import { currentPasswordField, idField, requiredText } from '@/lib/validation/fields';

export const adminUserSearchSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

/** Role grants need the admin's password again (AUTH-8). */
export const setUserRoleSchema = z.object({
  userId: idField,
  role: z.enum(['learner', 'creator', 'admin'], { error: 'Validation.roleInvalid' }),
  currentPassword: currentPasswordField,
  reason: z.string().trim().max(1000, 'Validation.tooLong').optional(),
});

export const suspendUserSchema = z.object({
  userId: idField,
  reason: requiredText(1000),
});

export const unsuspendUserSchema = z.object({
  userId: idField,
  reason: z.string().trim().max(1000, 'Validation.tooLong').optional().default(''),
});

export const forcePasswordResetSchema = z.object({
  userId: idField,
  reason: z.string().trim().max(1000, 'Validation.tooLong').optional().default(''),
});

export const adminUserDetailParamsSchema = z.object({ userId: idField });
