/**
 * Sends the player's position to /api/progress. `keepalive` lets the request outlive the page, so
 * the last position is saved on leaving (visibilitychange / pagehide). Failures are ignored: the
 * next report carries the newer position anyway, and the server keeps completions monotone.
 */
export function reportProgress(lessonId: string, positionSec: number, completed = false): void {
  const body = JSON.stringify({ lessonId, positionSec: Math.floor(positionSec), completed });
  void fetch('/api/progress', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body,
    keepalive: true,
    credentials: 'same-origin',
  }).catch(() => undefined);
}

const PREFS_KEY = 'zhishi.player';

export type PlayerPrefs = { volume: number; muted: boolean; rate: number };

export const RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;

/** Volume and speed remembered across lessons; bad or missing values fall back to defaults. */
export function readPrefs(): PlayerPrefs {
  const fallback: PlayerPrefs = { volume: 1, muted: false, rate: 1 };
  try {
    const raw = JSON.parse(window.localStorage.getItem(PREFS_KEY) ?? '{}') as Partial<PlayerPrefs>;
    const volume =
      typeof raw.volume === 'number' && raw.volume >= 0 && raw.volume <= 1 ? raw.volume : 1;
    const rate = RATES.includes(raw.rate as (typeof RATES)[number]) ? (raw.rate as number) : 1;
    return { volume, muted: raw.muted === true, rate };
  } catch {
    return fallback;
  }
}

export function writePrefs(prefs: PlayerPrefs): void {
  try {
    window.localStorage.setItem(PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // Private mode or a full quota: the preference just is not remembered.
  }
}
