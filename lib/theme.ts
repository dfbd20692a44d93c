export const THEMES = ['light', 'dark', 'system'] as const;
export type Theme = (typeof THEMES)[number];
export const THEME_COOKIE = 'theme';

/** Unknown or missing cookie values mean "follow the operating system". */
export function parseTheme(value: string | undefined | null): Theme {
  return (THEMES as readonly string[]).includes(value ?? '') ? (value as Theme) : 'system';
}

/** A year: the choice is a preference, not a session. */
export const PREFERENCE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;
