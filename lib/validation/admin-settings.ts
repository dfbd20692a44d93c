import { z } from 'zod';

import { REVIEW_POLICIES } from '@/lib/review-policy';
import { requiredText } from '@/lib/validation/fields';

const whole = (min: number, max: number) =>
  z.coerce
    .number({ error: 'Validation.invalid' })
    .int('Validation.invalid')
    .min(min, 'Validation.invalid')
    .max(max, 'Validation.invalid');

/**
 * The platform settings form. The fee (`platformFeeBps`) is entered as a percentage with up to two
 * decimals and parsed into basis points; the checkbox is absent from the form data when unticked.
 */
export const platformSettingsSchema = z.object({
  platformFeeBps: z.coerce
    .number({ error: 'Validation.invalid' })
    .min(0, 'Validation.invalid')
    .max(50, 'Validation.invalid')
    // Whole basis points: at most two decimals.
    .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, 'Validation.invalid')
    .transform((v) => Math.round(v * 100)),
  refundWindowDays: whole(0, 60),
  refundMaxConsumedPercent: whole(0, 100),
  creatorCanSeeEmails: z
    .union([z.literal('on'), z.literal('true'), z.boolean()])
    .optional()
    .transform((v) => v === true || v === 'on' || v === 'true'),
  reviewPolicy: z.enum(REVIEW_POLICIES, { error: 'Validation.invalid' }),
  reason: requiredText(1000),
});
export type PlatformSettingsInput = z.output<typeof platformSettingsSchema>;
