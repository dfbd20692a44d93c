import { createEnv } from '@t3-oss/env-core';
import { z } from 'zod';

/**
 * The only reader of process.env (STYLE §6, OPS-1). `loadEnv` is pure so tests can feed it any source;
 * the app uses the `env` it builds from the real environment at boot.
 */
/** Default per-creator upload quota (UPLOAD-1). */
const GIB_20 = 20 * 1024 ** 3;

const server = {
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  // When unset, loadEnv fills it from NODE_ENV first (production → production), so a production
  // build never runs as development; this default only applies to sources loadEnv did not see.
  APP_ENV: z.enum(['development', 'test', 'staging', 'production']).default('development'),
  APP_URL: z.url().default('http://localhost:3000'),
  DATABASE_URL: z.string().startsWith('mysql://').default('mysql://root@127.0.0.1:3306/zhishi'),
  DATABASE_SSL: z.enum(['off', 'required']).default('off'),
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters'),
  AUTH_GITHUB_ID: z.string().optional(),
  AUTH_GITHUB_SECRET: z.string().optional(),
  AUTH_GOOGLE_ID: z.string().optional(),
  AUTH_GOOGLE_SECRET: z.string().optional(),
  AUTH_WECHAT_APP_ID: z.string().optional(),
  AUTH_WECHAT_APP_SECRET: z.string().optional(),
  AUTH_WECHAT_MP_APP_ID: z.string().optional(),
  AUTH_WECHAT_MP_APP_SECRET: z.string().optional(),
  SMS_PROVIDER: z.enum(['outbox', 'twilio', 'aliyun', 'tencent']).default('outbox'),
  SMS_CODE_KEY: z.string().min(32).optional(),
  SMS_ALLOWED_COUNTRIES: z.string().default('CN,HK,MO,TW,SG,US,CA,GB,AU'),
  SMS_DAILY_BUDGET: z.coerce.number().int().positive().default(2000),
  SMS_RESEND_SECONDS: z.coerce.number().int().positive().default(60),
  SMS_PROVIDER_KEY_ID: z.string().optional(),
  SMS_PROVIDER_SECRET: z.string().optional(),
  SMS_SENDER: z.string().optional(),
  SMS_TEMPLATE_ID: z.string().optional(),
  SMS_APP_ID: z.string().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Zhishi <no-reply@zhishi.local>'),
  REDIS_URL: z.string().optional(),
  STRIPE_SECRET_KEY: z.string().startsWith('sk_').default('sk_test_local_emulator'),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith('whsec_').default('whsec_local_emulator_secret'),
  /** Local Stripe emulator (API + hosted checkout page); used whenever the key is the emulator key. */
  STRIPE_EMULATOR_URL: z.url().default('http://127.0.0.1:12111'),
  MEDIA_ROOT: z.string().default('./storage/media'),
  MEDIA_SIGNING_KEY: z.string().min(32).optional(),
  // S3-compatible object storage for media; used instead of MEDIA_ROOT when S3_BUCKET is set.
  S3_BUCKET: z.string().min(3).optional(),
  S3_REGION: z.string().default('us-east-1'),
  S3_ENDPOINT: z.url().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: z.enum(['0', '1']).default('0'),
  // UPLOAD-1: bytes one creator may keep (pending + ready), and new uploads per hour.
  UPLOAD_QUOTA_BYTES: z.coerce.number().int().positive().default(GIB_20),
  UPLOADS_PER_HOUR: z.coerce.number().int().positive().default(20),
  // Reverse proxies in front of the app that append to X-Forwarded-For; 0 = clients connect directly.
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // Extra form-action origin for checkout (a local checkout emulator); Stripe's is always allowed.
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  RECS_REBUILD_AFTER_EVENTS: z.coerce.number().int().positive().default(500),
  DISABLE_PROXY: z.enum(['0', '1']).default('0'),
};

export type Env = {
  [K in keyof typeof server]: z.output<(typeof server)[K]>;
};

/** APP_ENV when unset: `production` under NODE_ENV=production, else `development`. */
export function defaultAppEnv(nodeEnv: string | undefined): 'production' | 'development' {
  return nodeEnv === 'production' ? 'production' : 'development';
}

export function loadEnv(source: Record<string, string | undefined>): Env {
  const runtimeEnv = { ...source, APP_ENV: source.APP_ENV || defaultAppEnv(source.NODE_ENV) };
  const parsed = createEnv({
    server,
    runtimeEnv,
    emptyStringAsUndefined: true,
    isServer: true,
    onValidationError: (issues) => {
      const lines = issues.map((i) => `  ${i.path?.map(String).join('.')}: ${i.message}`);
      throw new Error(`Invalid environment:\n${lines.join('\n')}`);
    },
  }) as Env;
  const live = parsed.STRIPE_SECRET_KEY.startsWith('sk_live_');
  if (live && !(parsed.NODE_ENV === 'production' && parsed.APP_ENV === 'production')) {
    throw new Error(
      'Invalid environment:\n  STRIPE_SECRET_KEY: live keys only when APP_ENV=production',
    );
  }
  // ABUSE-5's floor is one code a minute per phone; only the test harness may shorten the wait.
  if (parsed.SMS_RESEND_SECONDS < 60 && parsed.APP_ENV !== 'test') {
    throw new Error('Invalid environment:\n  SMS_RESEND_SECONDS: below 60 only when APP_ENV=test');
  }
  if (parsed.APP_ENV === 'production' && parsed.STRIPE_SECRET_KEY === EMULATOR_KEY) {
    throw new Error(
      'Invalid environment:\n  STRIPE_SECRET_KEY: the local Stripe emulator is refused when APP_ENV=production',
    );
  }
  return parsed;
}

/** The default key: talks to the local emulator at STRIPE_EMULATOR_URL, never to Stripe. */
export const EMULATOR_KEY = 'sk_test_local_emulator';

// The one sanctioned read of process.env (scripts/check-static.ts enforces it).
export const env: Env = loadEnv(process.env);
