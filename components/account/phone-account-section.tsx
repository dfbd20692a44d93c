import { getTranslations } from 'next-intl/server';

import { PhoneAccountForm } from '@/components/account/phone-account-form';
import { Section } from '@/components/account/section';
import { Alert } from '@/components/ui/alert';
import { getPhoneAccount } from '@/lib/data/phone-users';
import { maskPhone } from '@/lib/phone/parse';

/** Account security: the (masked) phone number, and for phone-only accounts a way to add an email and password. */
export async function PhoneAccountSection({ userId, done }: { userId: string; done?: unknown }) {
  const [t, account] = await Promise.all([
    getTranslations('Phone.account'),
    getPhoneAccount(userId),
  ]);
  if (!account?.phone) return null;
  const needsEmail = !account.email;
  const needsPassword = !account.hasPassword;
  return (
    <Section
      title={t('title')}
      description={needsEmail || needsPassword ? t('description') : undefined}
    >
      {done === 'phoneSecured' ? (
        <Alert variant="success" role="status">
          {t('passwordSet')}
        </Alert>
      ) : null}
      <p className="text-sm" data-testid="masked-phone">
        {t('current', { phone: maskPhone(account.phone) })}
      </p>
      {needsEmail || needsPassword ? (
        <PhoneAccountForm needsEmail={needsEmail} needsPassword={needsPassword} />
      ) : null}
    </Section>
  );
}
