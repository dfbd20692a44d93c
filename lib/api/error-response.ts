import { NextResponse } from 'next/server';
import { createTranslator } from 'next-intl';

import { DEFAULT_LOCALE, type Locale } from '@/i18n/config';
import { loadMessages } from '@/i18n/messages';
import { getRequestLocale } from '@/i18n/request-locale';
import type { AppError } from '@/lib/errors';

async function localeOfRequest(): Promise<Locale> {
  try {
    return await getRequestLocale();
  } catch {
    // Outside a request scope (a script, a unit test) there is no cookie or header to read.
    return DEFAULT_LOCALE;
  }
}

/** The text of an AppError message key in the request's locale; an unknown key is returned as is. */
export async function translateErrorKey(key: string, values: { seconds: number }): Promise<string> {
  const locale = await localeOfRequest();
  const t = createTranslator({
    locale,
    messages: await loadMessages(locale),
    onError: () => {},
    getMessageFallback: ({ key: missing }) => missing,
  });
  // The key is only known at run time, so it cannot be checked against the catalogue's type.
  return t(key as never, values as never);
}

/**
 * JSON error body (STYLE §5): `{ error: { code, key, message, fields? } }` with the real status.
 * `key` is the AppError's message key, stable for programs; `message` is its text in the request's
 * locale (cookie, else Accept-Language), for people.
 */
export async function errorResponse(err: AppError, requestId?: string): Promise<NextResponse> {
  const headers: Record<string, string> = {};
  if (err.retryAfter) headers['Retry-After'] = String(err.retryAfter);
  if (requestId) headers['X-Request-Id'] = requestId;
  const message = await translateErrorKey(err.message, { seconds: err.retryAfter ?? 0 });
  return NextResponse.json(
    {
      error: {
        code: err.code,
        key: err.message,
        message,
        ...(err.fieldErrors ? { fields: err.fieldErrors } : {}),
      },
    },
    { status: err.status, headers },
  );
}
