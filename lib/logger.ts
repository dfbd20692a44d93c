import pino from 'pino';

import { env } from '@/lib/env';

/** Keys whose values never reach a log line (DATA-3). Paths cover one and two levels of nesting. */
export const REDACT_KEYS = [
  'password',
  'currentPassword',
  'newPassword',
  'passwordHash',
  'token',
  'authorization',
  'cookie',
  'set-cookie',
  'stripe-signature',
  'secret',
  'apiKey',
  'email',
  'card',
  'totpSecret',
  'code',
];

export const REDACT_PATHS = [
  ...REDACT_KEYS,
  ...REDACT_KEYS.map((k) => `*.${k}`),
  ...REDACT_KEYS.map((k) => `*.*.${k}`),
  ...REDACT_KEYS.map((k) => `headers["${k}"]`),
  ...REDACT_KEYS.map((k) => `req.headers["${k}"]`),
];

export function createLogger(destination?: pino.DestinationStream) {
  return pino(
    {
      level: env.LOG_LEVEL,
      base: { app: 'zhishi' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

export const logger = createLogger();
