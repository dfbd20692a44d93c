import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { getLocale, getTranslations } from 'next-intl/server';

import { Section } from '@/components/account/section';
import { ActionForm } from '@/components/auth/action-form';
import { setPriceAction } from '@/lib/actions/studio/set-price';
import { requirePageRole } from '@/lib/auth/guards';
import { getCoursePricingOrThrow, type CoursePricing } from '@/lib/data/studio-pricing';
import { isAppError } from '@/lib/errors';
import { CURRENCIES, formatMoney, money } from '@/lib/money';
import { otherCurrency, priceInputValue } from '@/lib/pricing';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('StudioPricing.pricing'))('metaTitle') };
}

type Props = { params: Promise<{ courseId: string }> };

/** Free, or a price in USD or CNY (optionally also in the other one), for one of the viewer's own courses; others' ids are a 404 (ACCESS-3). */
export default async function StudioCoursePricingPage({ params }: Props) {
  const { courseId } = await params;
  const viewer = await requirePageRole(
    'creator',
    `/studio/courses/${encodeURIComponent(courseId)}/pricing`,
  );
  let course: CoursePricing;
  try {
    course = await getCoursePricingOrThrow(viewer, courseId);
  } catch (err) {
    if (isAppError(err) && (err.code === 'NOT_FOUND' || err.code === 'FORBIDDEN')) notFound();
    throw err;
  }
  const [t, locale] = await Promise.all([getTranslations('StudioPricing.pricing'), getLocale()]);
  const isFree = course.priceMinor === 0;
  return (
    <div className="grid max-w-3xl gap-6">
      <h1 className="text-2xl font-semibold">{course.title}</h1>
      <Section title={t('title')} description={t('description')}>
        <p className="text-sm" data-testid="current-price">
          {isFree
            ? t('currentFree')
            : t(course.altPriceMinor ? 'currentBoth' : 'current', {
                price: formatMoney(money(course.priceMinor, course.currency), locale),
                alt: course.altPriceMinor
                  ? formatMoney(money(course.altPriceMinor, otherCurrency(course.currency)), locale)
                  : '',
              })}
        </p>
        <ActionForm
          action={setPriceAction}
          submitLabel={t('submit')}
          pendingLabel={t('pending')}
          fields={[
            { name: 'courseId', label: '', type: 'hidden', defaultValue: course.id },
            {
              name: 'kind',
              label: t('kind'),
              type: 'select',
              defaultValue: isFree ? 'free' : 'paid',
              options: [
                { value: 'free', label: t('free') },
                { value: 'paid', label: t('paid') },
              ],
            },
            {
              name: 'currency',
              label: t('currency'),
              type: 'select',
              defaultValue: course.currency,
              options: CURRENCIES.map((c) => ({ value: c, label: t(`currencies.${c}`) })),
            },
            {
              name: 'price',
              label: t('price'),
              defaultValue: isFree ? '' : priceInputValue(course.priceMinor),
              hint: t('priceHint'),
              inputMode: 'text',
              maxLength: 20,
            },
            {
              name: 'altPrice',
              label: t('altPrice'),
              defaultValue: course.altPriceMinor ? priceInputValue(course.altPriceMinor) : '',
              hint: t('altPriceHint'),
              inputMode: 'text',
              maxLength: 20,
            },
          ]}
        />
      </Section>
    </div>
  );
}
