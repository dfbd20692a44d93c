import { z } from 'zod';

import { ID_PATTERN } from '@/lib/ids';

/** `wish` is the state the form asks for, so a repeated post (double click, back button) is harmless. */
export const setWishlistSchema = z.object({
  courseId: z.string().regex(ID_PATTERN),
  wish: z.enum(['on', 'off']),
});
export type SetWishlistInput = z.infer<typeof setWishlistSchema>;
