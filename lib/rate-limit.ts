import 'server-only';

import { createHash } from 'node:crypto';

import { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterMySQL,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

import { pool } from '@/db';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';

/**
 * Every limit in one place (AUTH-5, AUTH-6, DATA-2). Points per window of `duration` seconds.
 * Stored in a shared store (MySQL by default, Redis when REDIS_URL is set) so limits hold across
 * instances and restarts; memory is only an insurance copy while the store is unreachable.
 */
export const LIMITS = {
  /** Failed sign-ins per (account, IP): the attacker's IP is stopped, the owner elsewhere is not. */
  signInAccountIp: { points: 5, duration: 15 * 60 },
  signInIp: { points: 100, duration: 60 * 60 },
  /** Failed sign-ins per account from any IP; reaching the limit locks the account (AUTH-6). */
  signInAccount: { points: 10, duration: 15 * 60 },
  signUpIp: { points: 10, duration: 60 * 60 },
  forgotPasswordEmail: { points: 3, duration: 60 * 60 },
  forgotPasswordIp: { points: 20, duration: 60 * 60 },
  resendVerification: { points: 3, duration: 60 * 60 },
  twoFactor: { points: 5, duration: 15 * 60 },
  /** Wrong current passwords on sensitive changes (AUTH-8). */
  reauth: { points: 5, duration: 15 * 60 },
  changeEmail: { points: 5, duration: 60 * 60 },
  dataExport: { points: 1, duration: 24 * 60 * 60 },
  /** SMS codes (ABUSE-5): per phone number, per client IP and per /24 or /48 network. */
  smsPhoneMinute: { points: 1, duration: env.SMS_RESEND_SECONDS },
  smsPhoneHour: { points: 5, duration: 60 * 60 },
  smsPhoneDay: { points: 10, duration: 24 * 60 * 60 },
  smsIp: { points: 20, duration: 60 * 60 },
  smsNetwork: { points: 60, duration: 60 * 60 },
  /** Every SMS the platform pays for, across all numbers; exhausted means no sends until it refills. */
  smsDailyBudget: { points: env.SMS_DAILY_BUDGET, duration: 24 * 60 * 60 },
  /** One use per TOTP time step and user: a code seen once cannot be replayed. */
  totpStep: { points: 1, duration: 3 * 30 },
  /** Review writes (create or edit) per user and day (ABUSE-1). */
  reviewDaily: { points: 10, duration: 24 * 60 * 60 },
  /** Q&A posts per user (ABUSE-2). */
  commentMinute: { points: 5, duration: 60 },
  commentDaily: { points: 50, duration: 24 * 60 * 60 },
  /** Behaviour events per session / anonymous id, and per IP (ABUSE-4); a batch counts its size. */
  eventsMinute: { points: 120, duration: 60 },
  eventsIpMinute: { points: 600, duration: 60 },
  /** Refused coupon codes per user (or IP when signed out): guessing codes stops after 10 an hour (PAY-2). */
  couponFailures: { points: 10, duration: 60 * 60 },
  /** Category and tag suggestions while a creator types (debounced in the editor). */
  studioSuggestMinute: { points: 60, duration: 60 },
} as const;

export type LimitName = keyof typeof LIMITS;

const TABLE = 'rate_limits';
const globalForLimits = globalThis as unknown as {
  zhishiLimiters?: Map<LimitName, Promise<RateLimiterAbstract>>;
  zhishiRedis?: Redis;
};

function databaseName(): string {
  return decodeURIComponent(new URL(env.DATABASE_URL).pathname.slice(1));
}

function createLimiter(name: LimitName): Promise<RateLimiterAbstract> {
  const opts = { keyPrefix: name, ...LIMITS[name] };
  const insuranceLimiter = new RateLimiterMemory(opts);
  if (env.REDIS_URL) {
    globalForLimits.zhishiRedis ??= new Redis(env.REDIS_URL, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
    });
    return Promise.resolve(
      new RateLimiterRedis({ ...opts, storeClient: globalForLimits.zhishiRedis, insuranceLimiter }),
    );
  }
  // The library speaks the callback API: hand it mysql2's core pool behind our promise pool. The table
  // comes from our migrations (db/schema/auth.ts), so the app needs no DDL rights.
  return Promise.resolve(
    new RateLimiterMySQL({
      ...opts,
      storeClient: pool.pool,
      storeType: 'pool',
      dbName: databaseName(),
      tableName: TABLE,
      tableCreated: true,
      insuranceLimiter,
    }),
  );
}

function limiterFor(name: LimitName): Promise<RateLimiterAbstract> {
  const cache = (globalForLimits.zhishiLimiters ??= new Map<
    LimitName,
    Promise<RateLimiterAbstract>
  >());
  let limiter = cache.get(name);
  if (!limiter) {
    limiter = createLimiter(name);
    limiter.catch(() => cache.delete(name));
    cache.set(name, limiter);
  }
  return limiter;
}

/** Keys are hashed: emails never sit in the limiter table, and any length fits its key column. */
function storeKey(parts: string | readonly string[]): string {
  const raw = typeof parts === 'string' ? parts : parts.join('\u0000');
  return createHash('sha256').update(raw.toLowerCase()).digest('hex');
}

function secondsFrom(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

export function rateLimited(retryAfter: number): AppError {
  return new AppError('RATE_LIMITED', 'Errors.rateLimited', { retryAfter });
}

/** Counts one attempt; throws RATE_LIMITED (with retryAfter) when the window is exhausted. */
export async function consumeLimit(
  name: LimitName,
  key: string | readonly string[],
  points = 1,
): Promise<void> {
  const limiter = await limiterFor(name);
  try {
    await limiter.consume(storeKey(key), points);
  } catch (err) {
    if (err instanceof RateLimiterRes) throw rateLimited(secondsFrom(err));
    throw err;
  }
}

/** Seconds until the key may try again, or null when it still has points left. Does not count. */
export async function peekLimit(
  name: LimitName,
  key: string | readonly string[],
): Promise<number | null> {
  const limiter = await limiterFor(name);
  const res = await limiter.get(storeKey(key));
  if (!res || res.consumedPoints < LIMITS[name].points) return null;
  return secondsFrom(res);
}

/** Counts a failure without throwing (the caller decides what to answer); returns the count in the window. */
export async function recordFailure(
  name: LimitName,
  key: string | readonly string[],
): Promise<number> {
  const limiter = await limiterFor(name);
  const res = await limiter.penalty(storeKey(key));
  return res.consumedPoints;
}

/** Gives back one attempt (a successful sign-in should not use up the per-IP allowance). */
export async function refundLimit(name: LimitName, key: string | readonly string[]): Promise<void> {
  const limiter = await limiterFor(name);
  await limiter.reward(storeKey(key));
}

export async function resetLimit(name: LimitName, key: string | readonly string[]): Promise<void> {
  const limiter = await limiterFor(name);
  await limiter.delete(storeKey(key));
}
