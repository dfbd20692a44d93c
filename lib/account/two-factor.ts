import 'server-only';

import QRCode from 'qrcode';

import type { Viewer } from '@/lib/auth/viewer';
import {
  generateTotpSecret,
  openTotpSecret,
  sealTotpSecret,
  totpUri,
  verifyTotpCode,
} from '@/lib/auth/totp';
import {
  activateTotp,
  replaceRecoveryCodes,
  stagePendingTotpSecret,
  unsafeGetSealedTotpSecret,
} from '@/lib/data/two-factor';
import { AppError } from '@/lib/errors';
import { appLink, sendMail } from '@/lib/mail/send';
import { consumeLimit } from '@/lib/rate-limit';

export type TotpEnrolment = { qrDataUrl: string; secret: string };

/** Step 1: a new secret, sealed and stored as pending; the QR code encodes its otpauth:// URI. */
export async function beginTotpEnrolment(viewer: Viewer): Promise<TotpEnrolment> {
  const current = await unsafeGetSealedTotpSecret(viewer.id);
  if (current.enabled) throw new AppError('CONFLICT', 'Account.twoFactor.alreadyOn');
  const secret = generateTotpSecret();
  await stagePendingTotpSecret(viewer.id, sealTotpSecret(secret));
  const qrDataUrl = await QRCode.toDataURL(totpUri(secret, viewer.email ?? viewer.name), {
    errorCorrectionLevel: 'M',
    margin: 1,
    width: 224,
  });
  return { qrDataUrl, secret };
}

/** Step 2: a code from the pending secret turns two-factor on and yields fresh recovery codes. */
export async function completeTotpEnrolment(viewer: Viewer, code: string): Promise<string[]> {
  await consumeLimit('twoFactor', viewer.id);
  const { sealed, enabled } = await unsafeGetSealedTotpSecret(viewer.id);
  if (enabled) throw new AppError('CONFLICT', 'Account.twoFactor.alreadyOn');
  if (!sealed) throw new AppError('BAD_REQUEST', 'Account.twoFactor.startAgain');
  if (verifyTotpCode(openTotpSecret(sealed), code) === null) {
    throw new AppError('BAD_REQUEST', 'Auth.twoFactor.invalid', {
      fieldErrors: { code: ['Auth.twoFactor.invalid'] },
    });
  }
  await activateTotp(viewer.id);
  const codes = await replaceRecoveryCodes(viewer.id);
  await notifyTwoFactorChange(viewer);
  return codes;
}

export async function notifyTwoFactorChange(viewer: Viewer): Promise<void> {
  await sendMail({
    to: viewer.email,
    template: 'twoFactorChanged',
    locale: viewer.locale,
    params: { name: viewer.name, url: appLink('/account/security') },
  });
}
