import { useTranslations } from 'next-intl';

import { Button } from '@/components/ui/button';
import { Card, CardContent } from '@/components/ui/card';
import { Clock, Infinity as InfinityIcon, ListVideo } from '@/components/ui/icons';
import { Link } from '@/components/ui/link';
import { Progress } from '@/components/ui/progress';
import type { CouponPreview } from '@/lib/data/coupons';
import type { CourseDetail } from '@/lib/data/course-page';
import type { RefundRuleNote } from '@/lib/data/refund-rule';
import type { Money } from '@/lib/money';

import { BuyButton } from './buy-button';
import { CouponPrice } from './coupon-price';
import { CurrencySwitch } from './currency-switch';
import { useFormatDuration } from './duration';
import { EnrolButton } from './enrol-button';
import { RefundRule } from './refund-rule';

/**
 * The call to action. Paid courses show the price, the buy button (checkout) and the refund rule;
 * enrolments for them come only from payment fulfilment.
 */
export function PriceBox({
  course,
  price,
  signedIn,
  refundRule,
  coupon = null,
}: {
  course: CourseDetail;
  /** The one of `course.prices` the visitor sees and would pay. */
  price: Money;
  signedIn: boolean;
  refundRule: RefundRuleNote | null;
  /** The server's verdict on a `?coupon=` code; only a valid one travels on to checkout. */
  coupon?: CouponPreview | null;
}) {
  const t = useTranslations('Course.price');
  const formatDuration = useFormatDuration();
  const couponCode = coupon?.ok ? coupon.code : undefined;
  const freeWithCoupon = coupon?.ok === true && coupon.total.amountMinor === 0;
  const search = new URLSearchParams({
    ...(course.prices.length > 1 ? { currency: price.currency } : {}),
    ...(couponCode ? { coupon: couponCode } : {}),
  }).toString();
  const returnTo = `/courses/${course.slug}${search ? `?${search}` : ''}`;
  const signInHref = `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`;
  const isFree = course.price.amountMinor === 0;
  // `/learn/<slug>` opens the lesson to continue, at the second the learner left it.
  const learnHref = course.enrollment ? `/learn/${course.slug}` : null;

  return (
    <Card className="rounded-none border-0 shadow-none">
      <CardContent className="grid gap-4">
        <CouponPrice price={price} coupon={course.enrollment ? null : coupon} />
        {course.prices.length > 1 && !course.enrollment ? (
          <CurrencySwitch
            slug={course.slug}
            prices={course.prices}
            selected={price.currency}
            couponCode={couponCode}
          />
        ) : null}
        {course.enrollment ? (
          <div className="grid gap-3">
            <div className="grid gap-1.5">
              <Progress value={course.enrollment.progressPercent} label={t('progress')} />
              <p className="text-muted-foreground text-xs">{course.enrollment.progressPercent}%</p>
            </div>
            {learnHref ? (
              <Button asChild size="lg" className="w-full">
                <Link href={learnHref}>
                  {course.enrollment.progressPercent > 0
                    ? t('continueLearning')
                    : t('startLearning')}
                </Link>
              </Button>
            ) : null}
          </div>
        ) : isFree ? (
          signedIn ? (
            <EnrolButton courseId={course.id} />
          ) : (
            <Button asChild size="lg" className="w-full">
              <Link href={signInHref}>{t('signInToEnrol')}</Link>
            </Button>
          )
        ) : signedIn ? (
          <BuyButton
            courseId={course.id}
            currency={price.currency}
            couponCode={couponCode}
            free={freeWithCoupon}
            describedBy={refundRule && !freeWithCoupon ? 'refund-rule' : undefined}
          />
        ) : (
          <Button asChild size="lg" className="w-full">
            <Link href={signInHref}>{t('signInToBuy')}</Link>
          </Button>
        )}
        {!isFree && !freeWithCoupon && refundRule ? (
          <RefundRule rule={refundRule} id="refund-rule" />
        ) : null}
        <div className="grid gap-2 border-t pt-4 text-sm">
          <p className="font-semibold">{t('includes')}</p>
          <ul className="text-muted-foreground grid gap-1.5">
            <li className="flex items-center gap-2">
              <ListVideo aria-hidden className="size-4" />
              {t('includesLessons', { count: course.lessonCount })}
            </li>
            <li className="flex items-center gap-2">
              <Clock aria-hidden className="size-4" />
              {t('includesDuration', { duration: formatDuration(course.durationSec) })}
            </li>
            <li className="flex items-center gap-2">
              <InfinityIcon aria-hidden className="size-4" />
              {t('includesAccess')}
            </li>
          </ul>
        </div>
      </CardContent>
    </Card>
  );
}
