import 'server-only';

import type { SmsCodePurpose } from '@/db/schema';
import { unsafeFindCredentialsById } from '@/lib/data/auth-users';
import { createPhoneUser, recordPhoneSignIn, unsafeFindUserByPhone } from '@/lib/data/phone-users';
import { consumeSmsCode } from '@/lib/data/sms-codes';
import type { SignInUser } from '@/lib/auth/sign-in-flow';

export type CodeResult = { ok: true; user: SignInUser; twoFactor: boolean } | { ok: false };

const INVALID = { ok: false } as const;

async function signInUser(userId: string): Promise<CodeResult> {
  const record = await unsafeFindCredentialsById(userId);
  if (!record || record.status !== 'active') return INVALID;
  await recordPhoneSignIn(record.id);
  const { id, email, name, role, sessionVersion, totpEnabled } = record;
  return {
    ok: true,
    user: { id, email, name, role, sessionVersion, totpEnabled },
    twoFactor: totpEnabled,
  };
}

/**
 * Sign-in with a phone code (AUTH-9): the code is consumed first, so a wrong or spent code and a
 * number without an account give the same answer (AUTH-2). Two-factor accounts still need their
 * second factor; the caller hands over to the existing challenge step.
 */
export async function signInWithPhoneCode(e164: string, code: string): Promise<CodeResult> {
  if (!(await consumeSmsCode({ phone: e164, purpose: 'sign_in' }, code))) return INVALID;
  const owner = await unsafeFindUserByPhone(e164);
  return owner ? signInUser(owner.id) : INVALID;
}

/** Sign-up with a phone code: a phone-only account (no email, no password), signed in at once. */
export async function signUpWithPhoneCode(input: {
  phone: string;
  code: string;
  name: string;
  locale: string;
}): Promise<CodeResult> {
  const purpose: SmsCodePurpose = 'sign_up';
  if (!(await consumeSmsCode({ phone: input.phone, purpose }, input.code))) return INVALID;
  const userId = await createPhoneUser({
    phone: input.phone,
    name: input.name,
    locale: input.locale,
  });
  return userId ? signInUser(userId) : INVALID;
}
