import { z } from 'zod';

import { ID_PATTERN } from '@/lib/ids';

export const enrolFreeSchema = z.object({ courseId: z.string().regex(ID_PATTERN) });
export type EnrolFreeInput = z.infer<typeof enrolFreeSchema>;
