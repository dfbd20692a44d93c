import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { getTranslations } from 'next-intl/server';

import { Section } from '@/components/account/section';
import { ActionForm } from '@/components/auth/action-form';
import { CouponTable } from '@/components/studio/coupon-table';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { TicketPercent } from '@/components/ui/icons';
import { Link } from '@/components/ui/link';
import { createCouponAction } from '@/lib/actions/studio/create-coupon';
import { requirePageRole } from '@/lib/auth/guards';
import { listCourseCoupons, type CouponRow } from '@/lib/data/coupons';
import { getCoursePricingOrThrow, type CoursePricing } from '@/lib/data/studio-pricing';
import { env } from '@/lib/env';
import { isAppError } from '@/lib/errors';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('StudioPricing.coupons'))('metaTitle') };
}

type Props = { params: Promise<{ courseId: string }> };

/** Coupons of one of the viewer's own courses: create, share, deactivate (ACCESS-3, PAY-2). */
export default async function StudioCourseCouponsPage({ params }: Props) {
  const { courseId } = await params;
  const viewer = await requirePageRole(
    'creator',
    `/studio/courses/${encodeURIComponent(courseId)}/coupons`,
  );
  let course: CoursePricing;
  let coupons: CouponRow[];
  try {
    [course, coupons] = await Promise.all([
      getCoursePricingOrThrow(viewer, courseId),
      listCourseCoupons(viewer, courseId),
    ]);
  } catch (err) {
    if (isAppError(err) && (err.code === 'NOT_FOUND' || err.code === 'FORBIDDEN')) notFound();
    throw err;
  }
  const t = await getTranslations('StudioPricing.coupons');
  const courseUrl = `${env.APP_URL}/courses/${course.slug}`;
  return (
    <div className="grid max-w-4xl gap-6">
      <header className="grid gap-1">
        <h1 className="text-2xl font-semibold">{course.title}</h1>
        <p className="text-muted-foreground text-sm">{t('description')}</p>
      </header>
      {course.priceMinor === 0 ? (
        <EmptyState
          icon={<TicketPercent />}
          title={t('freeCourse')}
          action={
            <Button asChild variant="outline">
              <Link href={`/studio/courses/${course.id}/pricing`}>{t('setPrice')}</Link>
            </Button>
          }
        />
      ) : (
        <Section title={t('createTitle')}>
          <ActionForm
            action={createCouponAction}
            submitLabel={t('submit')}
            pendingLabel={t('pending')}
            fields={[
              { name: 'courseId', label: '', type: 'hidden', defaultValue: course.id },
              {
                name: 'type',
                label: t('type'),
                type: 'select',
                defaultValue: 'percent',
                options: [
                  { value: 'percent', label: t('percent') },
                  { value: 'amount', label: t('amount', { currency: course.currency }) },
                ],
              },
              {
                name: 'value',
                label: t('value'),
                hint: t('valueHint'),
                required: true,
                maxLength: 12,
              },
              {
                name: 'validUntil',
                label: t('validUntil'),
                hint: t('validUntilHint'),
                maxLength: 10,
              },
              {
                name: 'maxRedemptions',
                label: t('maxRedemptions'),
                hint: t('maxRedemptionsHint'),
                inputMode: 'numeric',
                maxLength: 7,
              },
              {
                name: 'perUserLimit',
                label: t('perUserLimit'),
                hint: t('perUserLimitHint'),
                inputMode: 'numeric',
                defaultValue: '1',
                maxLength: 2,
              },
            ]}
          />
        </Section>
      )}
      <section aria-labelledby="coupon-list" className="grid gap-3">
        <h2 id="coupon-list" className="text-lg font-semibold">
          {t('listTitle')}
        </h2>
        {coupons.length === 0 ? (
          <EmptyState icon={<TicketPercent />} title={t('empty')} description={t('emptyBody')} />
        ) : (
          <CouponTable coupons={coupons} courseUrl={courseUrl} />
        )}
      </section>
    </div>
  );
}
