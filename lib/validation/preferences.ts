import { z } from 'zod';

import { LOCALES } from '@/i18n/config';
import { THEMES } from '@/lib/theme';

export const setLocaleSchema = z.object({ locale: z.enum(LOCALES) });
export type SetLocaleInput = z.infer<typeof setLocaleSchema>;

export const setThemeSchema = z.object({ theme: z.enum(THEMES) });
export type SetThemeInput = z.infer<typeof setThemeSchema>;
