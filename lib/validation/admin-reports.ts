import { z } from 'zod';

import { REPORT_TARGETS } from '@/db/schema';
import { REPORT_REASONS } from '@/lib/validation/reviews';
import { idField, optionalText, requiredText } from '@/lib/validation/fields';

/** Why a moderator acted: a reason from the list plus an optional note the author sees. */
export const MODERATION_REASONS = [
  'spam',
  'abuse',
  'harassment',
  'misinformation',
  'copyright',
  'offTopic',
  'other',
] as const;
export type ModerationReason = (typeof MODERATION_REASONS)[number];

export const REPORT_ACTIONS = ['dismiss', 'hide', 'remove', 'warn', 'suspend'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

const targetType = z.enum(REPORT_TARGETS, { error: 'Validation.invalid' });
const reason = z.enum(MODERATION_REASONS, { error: 'AdminReports.errors.reasonRequired' });

/** The queue's filters; anything unreadable is dropped rather than refused. */
export const adminReportSearchSchema = z.object({
  view: z.enum(['reports', 'appeals']).optional().catch(undefined),
  type: targetType.optional().catch(undefined),
  status: z.enum(['open', 'resolved']).optional().catch(undefined),
  reason: z.enum(REPORT_REASONS).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type AdminReportSearch = z.output<typeof adminReportSearchSchema>;

/**
 * One action on one reported thing. Dismiss needs no reason; the others need one from the list
 * (the note is optional free text the author sees).
 */
export const moderateReportSchema = z
  .object({
    targetType,
    targetId: idField,
    action: z.enum(REPORT_ACTIONS, { error: 'Validation.invalid' }),
    reason: reason.optional(),
    note: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    if (v.action !== 'dismiss' && !v.reason)
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'AdminReports.errors.reasonRequired',
      });
  });
export type ModerateReportInput = z.output<typeof moderateReportSchema>;

const targetKey = z
  .string()
  .regex(/^(course|review|comment|user):[0-9A-Za-z]{22}$/, 'Validation.invalid');

/** Several targets at once: `targets` repeats (one checkbox per row), up to a page of them. */
export const bulkModerateReportsSchema = z
  .object({
    targets: z.preprocess(
      (v): unknown[] => (v === undefined ? [] : Array.isArray(v) ? (v as unknown[]) : [v]),
      z.array(targetKey).min(1, 'AdminReports.errors.noneSelected').max(50),
    ),
    action: z.enum(['dismiss', 'hide'], { error: 'Validation.invalid' }),
    reason: reason.optional(),
    note: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    if (v.action === 'hide' && !v.reason)
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'AdminReports.errors.reasonRequired',
      });
  });

export const decideAppealSchema = z.object({
  decisionId: idField,
  outcome: z.enum(['upheld', 'reversed'], { error: 'Validation.invalid' }),
  note: optionalText(1000),
});

export const appealDecisionSchema = z.object({
  decisionId: idField,
  text: requiredText(2000),
});
