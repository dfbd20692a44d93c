import type { CourseCard as CourseCardData } from '@/lib/data/course-cards';
import { cn } from '@/lib/utils';

import { CourseCard } from './course-card';
import { WishlistHeart } from './wishlist-heart';

const heart = (course: CourseCardData) => (
  <WishlistHeart courseId={course.id} returnTo={`/courses/${course.slug}`} forVisitors={false} />
);

export function CourseGrid({
  courses,
  className,
}: {
  courses: CourseCardData[];
  className?: string;
}) {
  return (
    <ul className={cn('grid gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4', className)}>
      {courses.map((course, i) => (
        <li key={course.id}>
          <CourseCard course={course} action={heart(course)} priority={i === 0} />
        </li>
      ))}
    </ul>
  );
}

/** A titled row: a horizontal scroller on phones, a grid from `sm` up. */
export function CourseRow({
  id,
  title,
  courses,
  action,
}: {
  id: string;
  title: string;
  courses: CourseCardData[];
  action?: React.ReactNode;
}) {
  if (courses.length === 0) return null;
  return (
    <section aria-labelledby={id} className="render-when-visible grid gap-4">
      <div className="flex items-end justify-between gap-4">
        <h2 id={id} className="text-xl font-bold sm:text-2xl">
          {title}
        </h2>
        {action}
      </div>
      <ul className="-mx-4 flex snap-x gap-4 overflow-x-auto px-4 pb-2 sm:mx-0 sm:grid sm:grid-cols-2 sm:overflow-visible sm:px-0 lg:grid-cols-4">
        {courses.map((course) => (
          <li key={course.id} className="w-64 shrink-0 snap-start sm:w-auto">
            <CourseCard course={course} action={heart(course)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
