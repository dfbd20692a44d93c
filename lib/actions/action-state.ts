/**
 * The one result shape of every server action (STYLE §4). Messages are i18n keys or plain text.
 * Kept apart from safe-action.ts so Client Components can import it without pulling server-only code.
 */
export type ActionState<T = undefined> =
  | { ok: true; message?: string; data?: T }
  | {
      ok: false;
      code?: string;
      formError?: string;
      fieldErrors?: Record<string, string[]>;
      values?: Record<string, string>;
      retryAfter?: number;
    }
  | { ok: null };

export const initialActionState: ActionState<never> = { ok: null };
