import { z } from 'zod';

import { ID_PATTERN } from '@/lib/ids';

export const sendRecoveryMailSchema = z.object({ orderId: z.string().regex(ID_PATTERN) });

export const unsubscribeCheckoutSchema = z.object({
  u: z.string().regex(ID_PATTERN),
  t: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});
