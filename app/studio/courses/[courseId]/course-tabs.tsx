'use client';

import { usePathname } from 'next/navigation';

import { useTranslations } from 'next-intl';

import { Link } from '@/components/ui/link';
import { cn } from '@/lib/utils';

export type CourseTab = {
  href: string;
  labelKey: 'details' | 'curriculum' | 'pricing' | 'coupons';
  exact?: boolean;
};

/** Links styled as tabs; the current one carries aria-current so screen readers announce it. */
export function CourseTabs({ tabs }: { tabs: CourseTab[] }) {
  const t = useTranslations('StudioPricing.tabs');
  const pathname = usePathname();
  return (
    <nav aria-label={t('label')} className="overflow-x-auto border-b">
      <ul className="flex gap-1">
        {tabs.map((tab) => {
          const current = tab.exact ? pathname === tab.href : pathname.startsWith(tab.href);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={current ? 'page' : undefined}
                className={cn(
                  'focus-visible:outline-ring -mb-px inline-flex border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap focus-visible:outline-2',
                  current
                    ? 'border-primary text-foreground'
                    : 'text-muted-foreground hover:text-foreground border-transparent',
                )}
              >
                {t(tab.labelKey)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
