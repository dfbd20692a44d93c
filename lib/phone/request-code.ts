import 'server-only';

import type { SmsCodePurpose } from '@/db/schema';
import { createSmsCode } from '@/lib/data/sms-codes';
import { unsafeFindUserByPhone } from '@/lib/data/phone-users';
import { env } from '@/lib/env';
import { AppError, isAppError } from '@/lib/errors';
import { logger } from '@/lib/logger';
import type { ParsedPhone } from '@/lib/phone/parse';
import { parseCountryList, sendRefusal } from '@/lib/phone/policy';
import { networkOf } from '@/lib/phone/subnet';
import { consumeLimit, peekLimit, rateLimited } from '@/lib/rate-limit';
import { sendSms } from '@/lib/sms/send';

const log = logger.child({ area: 'sms' });

/** Seconds the UI waits before offering "resend" (the per-phone minute window). */
export const RESEND_AFTER_S = env.SMS_RESEND_SECONDS;

export type CodeRequest = {
  phone: ParsedPhone;
  purpose: SmsCodePurpose;
  ip: string;
  locale: string;
  /** The signed-in user for `link` and `change` codes. */
  userId?: string;
};

/**
 * Sends a one-time code (AUTH-9) under ABUSE-5's rules, in this order: numbers we never text
 * (unlisted country, premium rate, unknown type) are refused without sending; then the per-IP,
 * per-network and per-phone windows; then the platform's daily budget. Throws RATE_LIMITED with
 * retryAfter. Returns nothing, so a caller cannot tell whether the number has an account (AUTH-2):
 * a sign-in code goes only to a number with an account, a sign-up code only to a new number (the
 * owner of a taken one is told instead), and both answer the same.
 */
export async function requestSmsCode(req: CodeRequest): Promise<void> {
  if (sendRefusal(req.phone, parseCountryList(env.SMS_ALLOWED_COUNTRIES))) {
    log.info(
      { event: 'sms_refused', country: req.phone.country, type: req.phone.type },
      'sms refused',
    );
    throw new AppError('BAD_REQUEST', 'Phone.errors.unsupported', {
      fieldErrors: { phone: ['Phone.errors.unsupported'] },
    });
  }
  const e164 = req.phone.e164;
  await consumeLimit('smsIp', req.ip);
  await consumeLimit('smsNetwork', networkOf(req.ip));
  await consumeLimit('smsPhoneMinute', e164);
  await consumeLimit('smsPhoneHour', e164);
  await consumeLimit('smsPhoneDay', e164);

  // Every number meets the budget check, so an exhausted budget answers the same for all (AUTH-2);
  // only a message that is really sent spends from it.
  const blocked = await peekLimit('smsDailyBudget', 'global');
  if (blocked !== null) throw budgetExhausted(blocked);
  const message = await messageFor(req);
  if (!message) return;
  await spendBudget();
  if (message === 'notice') {
    await sendSms({ to: e164, template: 'signUpExisting', locale: req.locale });
    return;
  }
  const code = await createSmsCode({ phone: e164, purpose: req.purpose, userId: req.userId });
  await sendSms({ to: e164, template: 'code', locale: req.locale, code });
}

async function messageFor(req: CodeRequest): Promise<'code' | 'notice' | null> {
  if (req.purpose === 'link' || req.purpose === 'change') return 'code';
  const owner = await unsafeFindUserByPhone(req.phone.e164);
  if (req.purpose === 'sign_in') return owner?.status === 'active' ? 'code' : null;
  if (!owner) return 'code';
  return owner.status === 'active' ? 'notice' : null;
}

/** ABUSE-5: the platform-wide daily cap; reaching it stops every send and raises an alert. */
async function spendBudget(): Promise<void> {
  try {
    await consumeLimit('smsDailyBudget', 'global');
  } catch (err) {
    if (isAppError(err) && err.code === 'RATE_LIMITED') throw budgetExhausted(err.retryAfter ?? 60);
    throw err;
  }
}

function budgetExhausted(retryAfter: number): AppError {
  // On the root logger so the alert is never filtered with the area's child logger.
  logger.error(
    { area: 'sms', alert: 'sms_daily_budget_exhausted', budget: env.SMS_DAILY_BUDGET },
    'SMS daily budget reached: all sends stopped',
  );
  return rateLimited(retryAfter);
}
