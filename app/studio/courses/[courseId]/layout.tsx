import { requirePageRole } from '@/lib/auth/guards';

import { CourseTabs, type CourseTab } from './course-tabs';

type Props = { children: React.ReactNode; params: Promise<{ courseId: string }> };

/**
 * The one list of course sections in the studio. The role check here only chooses the frame; each
 * page checks ownership itself through the DAL (ACCESS-3, ACCESS-4).
 */
export default async function StudioCourseLayout({ children, params }: Props) {
  const { courseId } = await params;
  const base = `/studio/courses/${encodeURIComponent(courseId)}`;
  await requirePageRole('creator', base);
  const tabs: CourseTab[] = [
    { href: base, labelKey: 'details', exact: true },
    { href: `${base}/curriculum`, labelKey: 'curriculum' },
    { href: `${base}/pricing`, labelKey: 'pricing' },
    { href: `${base}/coupons`, labelKey: 'coupons' },
  ];
  return (
    <div className="grid gap-6">
      <CourseTabs tabs={tabs} />
      {children}
    </div>
  );
}
