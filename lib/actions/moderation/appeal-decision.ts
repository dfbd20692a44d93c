'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import { appealModerationDecision } from '@/lib/data/moderation-decisions';
import { appealDecisionSchema } from '@/lib/validation/admin-reports';

/** The author of moderated content asks for a second look, once. */
export const appealDecisionAction = action(
  { schema: appealDecisionSchema, guard: 'user', name: 'moderation.appeal' },
  async ({ decisionId, text }, { viewer }) => {
    await appealModerationDecision(viewer, decisionId, text);
    revalidatePath('/account/moderation');
    return { ok: true, message: 'Appeals.sent' };
  },
);
