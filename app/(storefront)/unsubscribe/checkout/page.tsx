import type { Metadata } from 'next';

import { getTranslations } from 'next-intl/server';

import { ActionForm } from '@/components/auth/action-form';
import { AllMessages } from '@/components/i18n/all-messages';
import { MailX } from '@/components/ui/icons';
import { unsubscribeCheckoutMailAction } from '@/lib/actions/checkout-mail/unsubscribe-checkout-mail';
import { isGenuineUnsubscribeLink } from '@/lib/data/checkout-recovery';
import { unsubscribeCheckoutSchema } from '@/lib/validation/conversion-model';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('ConversionModel.unsubscribe');
  return { title: t('metaTitle'), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The link in a checkout recovery mail. Opening it changes nothing (mail scanners follow links);
 * the button records the opt-out through the signed link.
 */
export default async function UnsubscribeCheckoutPage({ searchParams }: Props) {
  const t = await getTranslations('ConversionModel.unsubscribe');
  const parsed = unsubscribeCheckoutSchema.safeParse(await searchParams);
  const genuine = parsed.success && isGenuineUnsubscribeLink(parsed.data.u, parsed.data.t);
  return (
    <div className="mx-auto flex max-w-lg flex-col items-center gap-4 rounded-lg border p-8 text-center">
      <div className="text-muted-foreground [&_svg]:size-8" aria-hidden>
        <MailX />
      </div>
      <h1 className="text-xl font-semibold">{t('title')}</h1>
      {genuine ? (
        <>
          <p className="text-muted-foreground text-sm">{t('description')}</p>
          <AllMessages>
            <ActionForm
              action={unsubscribeCheckoutMailAction}
              fields={[
                { name: 'u', label: 'u', type: 'hidden', defaultValue: parsed.data.u },
                { name: 't', label: 't', type: 'hidden', defaultValue: parsed.data.t },
              ]}
              submitLabel={t('confirm')}
              pendingLabel={t('pending')}
            />
          </AllMessages>
        </>
      ) : (
        <p role="alert" className="text-destructive text-sm">
          {t('invalid')}
        </p>
      )}
    </div>
  );
}
