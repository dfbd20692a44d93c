import { AreaLayout } from '@/components/dashboard/area-layout';
import {
  ChartColumn,
  BookOpen,
  LayoutDashboard,
  Receipt,
  Undo2,
  Users,
} from '@/components/ui/icons';
import { requirePageRole } from '@/lib/auth/guards';
import { AllMessages } from '@/components/i18n/all-messages';
import { QueryProvider } from '@/components/query-provider';

/** Chooses the studio frame for creators; the DAL checks the role again on every read (ACCESS-4). */
export default async function StudioLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requirePageRole('creator', '/studio');
  const items = [
    { href: '/studio', labelKey: 'dashboard', icon: <LayoutDashboard aria-hidden />, exact: true },
    { href: '/studio/courses', labelKey: 'courses', icon: <BookOpen aria-hidden /> },
    { href: '/studio/analytics', labelKey: 'analytics', icon: <ChartColumn aria-hidden /> },
    { href: '/studio/students', labelKey: 'students', icon: <Users aria-hidden /> },
    { href: '/studio/refunds', labelKey: 'refunds', icon: <Undo2 aria-hidden /> },
    { href: '/studio/earnings', labelKey: 'earnings', icon: <Receipt aria-hidden /> },
  ];
  return (
    <AllMessages>
      <QueryProvider>
        <AreaLayout area="Studio" viewer={viewer} homeHref="/studio" items={items}>
          {children}
        </AreaLayout>
      </QueryProvider>
    </AllMessages>
  );
}
