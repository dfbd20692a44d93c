'use server';

import { action } from '@/lib/actions/safe-action';
import { unsubscribeFromCheckoutMails } from '@/lib/data/checkout-recovery';
import { unsubscribeCheckoutSchema } from '@/lib/validation/conversion-model';

/** The unsubscribe page's button: the signed link is the proof, no session needed. */
export const unsubscribeCheckoutMailAction = action(
  { schema: unsubscribeCheckoutSchema, guard: 'public', name: 'checkoutMail.unsubscribe' },
  async ({ u, t }) => {
    await unsubscribeFromCheckoutMails(u, t);
    return { ok: true, message: 'ConversionModel.unsubscribe.done' };
  },
);
