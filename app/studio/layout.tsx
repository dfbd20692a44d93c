import { BarChart3, BookOpen, LayoutDashboard, Receipt, Undo2, Users } from 'lucide-react';

import { AreaLayout } from '@/components/dashboard/area-layout';
import { requirePageRole } from '@/lib/auth/guards';
import { AllMessages } from '@/components/i18n/all-messages';

/** Chooses the studio frame for creators; the DAL checks the role again on every read (ACCESS-4). */
export default async function StudioLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requirePageRole('creator', '/studio');
  const items = [
    { href: '/studio', labelKey: 'dashboard', icon: <LayoutDashboard aria-hidden />, exact: true },
    { href: '/studio/courses', labelKey: 'courses', icon: <BookOpen aria-hidden /> },
    { href: '/studio/analytics', labelKey: 'analytics', icon: <BarChart3 aria-hidden /> },
    { href: '/studio/students', labelKey: 'students', icon: <Users aria-hidden /> },
    { href: '/studio/refunds', labelKey: 'refunds', icon: <Undo2 aria-hidden /> },
    { href: '/studio/earnings', labelKey: 'earnings', icon: <Receipt aria-hidden /> },
  ];
  return (
    <AllMessages>
      <AreaLayout area="Studio" viewer={viewer} homeHref="/studio" items={items}>
        {children}
      </AreaLayout>
    </AllMessages>
  );
}
