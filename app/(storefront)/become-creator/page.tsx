import type { Metadata } from 'next';

import { getTranslations } from 'next-intl/server';

import { Section } from '@/components/account/section';
import { ActionForm } from '@/components/auth/action-form';
import { AllMessages } from '@/components/i18n/all-messages';
import { Alert, AlertTitle } from '@/components/ui/alert';
import { buttonVariants } from '@/components/ui/button';
import { Link } from '@/components/ui/link';
import { becomeCreatorAction } from '@/lib/actions/account/become-creator';
import { requirePageRole } from '@/lib/auth/guards';
import { getAccountOverview } from '@/lib/data/account';
import { PAYOUT_COUNTRIES } from '@/lib/validation/account';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Account.creator'))('metaTitle') };
}

export default async function BecomeCreatorPage() {
  const viewer = await requirePageRole('user', '/become-creator');
  const [t, tc, account] = await Promise.all([
    getTranslations('Account.creator'),
    getTranslations('Account.countries'),
    getAccountOverview(viewer),
  ]);
  return (
    <AllMessages>
      <div className="mx-auto grid w-full max-w-2xl gap-6 px-4 py-8">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        {account.creator ? (
          <Alert variant="success" role="status">
            <p>{t('already')}</p>
            <Link
              href="/studio"
              className={buttonVariants({ className: 'mt-2 justify-self-start' })}
            >
              {t('goStudio')}
            </Link>
          </Alert>
        ) : !account.emailVerified ? (
          <Alert variant="info" role="status" data-testid="verify-first">
            <AlertTitle>{t('verifyFirstTitle')}</AlertTitle>
            <p>{t('verifyFirst')}</p>
            <Link
              href="/account"
              className={buttonVariants({
                variant: 'outline',
                className: 'mt-2 justify-self-start',
              })}
            >
              {t('verifyFirstLink')}
            </Link>
          </Alert>
        ) : (
          <Section title={t('title')} description={t('description')}>
            <ActionForm
              action={becomeCreatorAction}
              submitLabel={t('submit')}
              pendingLabel={t('pending')}
              fields={[
                {
                  name: 'displayName',
                  label: t('displayName'),
                  defaultValue: account.name,
                  required: true,
                  maxLength: 80,
                },
                { name: 'headline', label: t('headline'), hint: t('headlineHint'), maxLength: 160 },
                { name: 'bio', label: t('bio'), type: 'textarea', maxLength: 2000 },
                {
                  name: 'payoutCountry',
                  label: t('payoutCountry'),
                  type: 'select',
                  defaultValue: viewer.locale === 'zh-CN' ? 'CN' : 'US',
                  options: PAYOUT_COUNTRIES.map((c) => ({ value: c, label: tc(c) })),
                },
                {
                  name: 'avatar',
                  label: t('avatar'),
                  type: 'file',
                  accept: 'image/jpeg,image/png,image/webp,image/gif,image/avif',
                },
              ]}
            />
          </Section>
        )}
      </div>
    </AllMessages>
  );
}
