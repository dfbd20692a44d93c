import { headers } from 'next/headers';

import { getTranslations } from 'next-intl/server';

import { PhoneAccountForm } from '@/components/account/phone-account-form';
import { PhoneLinkForm } from '@/components/account/phone-link-form';
import { Section } from '@/components/account/section';
import { ActionForm } from '@/components/auth/action-form';
import { ProviderButtons } from '@/components/auth/provider-buttons';
import { Alert } from '@/components/ui/alert';
import { removePhoneAction } from '@/lib/actions/account/remove-phone';
import { configuredOAuthProviders, offeredOAuthProviders } from '@/lib/auth/oauth-providers';
import { getPhoneAccount } from '@/lib/data/phone-users';
import { maskPhone } from '@/lib/phone/parse';

const NOTICES = {
  phoneSecured: 'account.passwordSet',
  phoneSaved: 'link.saved',
  phoneRemoved: 'link.removed',
} as const;

/**
 * Account security, phone part: the masked number; for phone-only accounts a way to add an email
 * and a password; for accounts with a password, add/change (code to the new number) and remove.
 */
export async function PhoneAccountSection({ userId, done }: { userId: string; done?: unknown }) {
  const [t, ta, account] = await Promise.all([
    getTranslations('Phone'),
    getTranslations('Account.security'),
    getPhoneAccount(userId),
  ]);
  if (!account) return null;
  // The one WeChat flow that works in this browser (QR outside WeChat, official account inside).
  const wechat = offeredOAuthProviders(
    configuredOAuthProviders(),
    (await headers()).get('user-agent'),
  ).find((p) => p === 'wechat' || p === 'wechat-mp');
  const needsEmail = !account.email;
  const notice =
    typeof done === 'string' && done in NOTICES ? NOTICES[done as keyof typeof NOTICES] : null;
  return (
    <Section
      title={t('account.title')}
      description={
        account.phone && (needsEmail || !account.hasPassword) ? t('account.description') : undefined
      }
    >
      {notice ? (
        <Alert variant="success" role="status">
          {t(notice)}
        </Alert>
      ) : null}
      <p className="text-sm" data-testid="masked-phone">
        {account.phone ? t('account.current', { phone: maskPhone(account.phone) }) : t('link.none')}
      </p>
      {account.phone && (needsEmail || !account.hasPassword) ? (
        <PhoneAccountForm needsEmail={needsEmail} needsPassword={!account.hasPassword} />
      ) : null}
      {account.hasPassword ? (
        <>
          <h3 className="text-sm font-semibold">{t('link.title')}</h3>
          <PhoneLinkForm />
        </>
      ) : null}
      {account.hasPassword && account.phone ? (
        <ActionForm
          action={removePhoneAction}
          variant="outline"
          submitLabel={t('link.remove')}
          fields={[
            {
              name: 'currentPassword',
              label: ta('currentPassword'),
              type: 'password',
              autoComplete: 'current-password',
              required: true,
            },
          ]}
        />
      ) : null}
      {wechat ? (
        account.wechatLinked ? (
          <p className="text-sm">{t('link.wechatLinked')}</p>
        ) : (
          // Signed in, Auth.js links the WeChat identity to this account (AUTH-7: only this way).
          <ProviderButtons
            callbackUrl="/account/security"
            providers={[{ id: wechat, label: t('link.wechatConnect') }]}
          />
        )
      ) : null}
    </Section>
  );
}
