import { AreaLayout } from '@/components/dashboard/area-layout';
import {
  ChartColumn,
  Boxes,
  ClipboardCheck,
  Flag,
  LayoutDashboard,
  Receipt,
  ScrollText,
  Settings,
  Undo2,
  Users,
  Wallet,
} from '@/components/ui/icons';
import { requirePageRole } from '@/lib/auth/guards';
import { AllMessages } from '@/components/i18n/all-messages';

/** Chooses the admin frame; every admin read and action checks the role again itself (ACCESS-4). */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requirePageRole('admin', '/admin');
  const items = [
    { href: '/admin', labelKey: 'overview', icon: <LayoutDashboard aria-hidden />, exact: true },
    { href: '/admin/reviews', labelKey: 'reviews', icon: <ClipboardCheck aria-hidden /> },
    { href: '/admin/reports', labelKey: 'reports', icon: <Flag aria-hidden /> },
    { href: '/admin/users', labelKey: 'users', icon: <Users aria-hidden /> },
    { href: '/admin/orders', labelKey: 'orders', icon: <Receipt aria-hidden /> },
    { href: '/admin/refunds', labelKey: 'refunds', icon: <Undo2 aria-hidden /> },
    { href: '/admin/money', labelKey: 'money', icon: <Wallet aria-hidden /> },
    { href: '/admin/analytics', labelKey: 'analytics', icon: <ChartColumn aria-hidden /> },
    { href: '/admin/models', labelKey: 'models', icon: <Boxes aria-hidden /> },
    { href: '/admin/audit', labelKey: 'audit', icon: <ScrollText aria-hidden /> },
    { href: '/admin/settings', labelKey: 'settings', icon: <Settings aria-hidden /> },
  ];
  return (
    <AllMessages>
      <AreaLayout area="Admin" viewer={viewer} homeHref="/admin" items={items}>
        {children}
      </AreaLayout>
    </AllMessages>
  );
}
