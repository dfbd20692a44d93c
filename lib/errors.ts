/**
 * The one error class (STYLE §5). Codes are a short closed set; add one only when a caller branches on it.
 * `message` is safe to show to the user; never put SQL, stack traces or secrets in it (OPS-3).
 */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  /** Also used for "exists but not yours" only where hiding existence is pointless; otherwise NOT_FOUND (ACCESS-1). */
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  PAYMENT_FAILED: 402,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** Seconds until a rate-limited caller may retry. */
  readonly retryAfter?: number;
  readonly fieldErrors?: Record<string, string[]>;

  constructor(
    code: ErrorCode,
    message: string,
    extra: { retryAfter?: number; fieldErrors?: Record<string, string[]> } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.retryAfter = extra.retryAfter;
    this.fieldErrors = extra.fieldErrors;
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}

/** mysql2 errors arrive wrapped by Drizzle: the driver error is `err.cause`. */
export function isDuplicateKeyError(err: unknown): boolean {
  return sqlErrorCode(err) === 'ER_DUP_ENTRY';
}

export function sqlErrorCode(err: unknown): string | undefined {
  let cur: unknown = err;
  for (let depth = 0; depth < 4 && cur && typeof cur === 'object'; depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ER_')) return code;
    cur = (cur as { cause?: unknown }).cause;
  }
  return undefined;
}
