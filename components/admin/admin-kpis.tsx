import { getFormatter, getLocale, getTranslations } from 'next-intl/server';

import { KpiCard, KpiGrid } from '@/components/dashboard/kpi';
import { MoneyLines } from '@/components/dashboard/money-lines';
import { BookOpen, Receipt, RotateCcw, ShoppingCart, Users, Wallet } from '@/components/ui/icons';
import type { AdminTotals } from '@/lib/data/admin-overview';

export async function AdminKpis({ totals }: { totals: AdminTotals }) {
  const t = await getTranslations('Admin.Kpis');
  const format = await getFormatter();
  const locale = await getLocale();
  const { usersByRole: u, coursesByStatus: c } = totals;
  const users = u.learner + u.creator + u.admin;
  const courses = Object.values(c).reduce((s, n) => s + n, 0);
  return (
    <KpiGrid className="lg:grid-cols-3 xl:grid-cols-3">
      <KpiCard
        testId="kpi-users"
        label={t('users')}
        icon={<Users />}
        value={format.number(users)}
        hint={t('usersBreakdown', { learners: u.learner, creators: u.creator, admins: u.admin })}
      />
      <KpiCard
        testId="kpi-courses"
        label={t('courses')}
        icon={<BookOpen />}
        value={format.number(courses)}
        hint={t('coursesBreakdown', {
          published: c.published,
          inReview: c.in_review,
          draft: c.draft,
        })}
      />
      <KpiCard
        testId="kpi-paid-orders"
        label={t('paidOrders')}
        icon={<ShoppingCart />}
        value={format.number(totals.paidOrders)}
        hint={t('paidOrdersHint')}
      />
      <KpiCard
        testId="kpi-gmv"
        label={t('gmv')}
        icon={<Receipt />}
        value={<MoneyLines amounts={totals.gmv} locale={locale} empty={t('none')} />}
        hint={t('gmvHint')}
      />
      <KpiCard
        testId="kpi-fees"
        label={t('platformFees')}
        icon={<Wallet />}
        value={<MoneyLines amounts={totals.platformFees} locale={locale} empty={t('none')} />}
        hint={t('platformFeesHint')}
      />
      <KpiCard
        testId="kpi-refunds"
        label={t('refunds')}
        icon={<RotateCcw />}
        value={format.number(totals.refunds.count)}
        hint={
          totals.refunds.amounts.length > 0 ? (
            <MoneyLines amounts={totals.refunds.amounts} locale={locale} empty={t('none')} />
          ) : (
            t('noRefunds')
          )
        }
      />
    </KpiGrid>
  );
}
