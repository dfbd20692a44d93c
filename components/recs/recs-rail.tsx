'use client';

import { lazy, Suspense, useCallback, useState } from 'react';

import { RailSkeleton, type RecsRailProps } from './recs-rail-skeleton';

// The list, its query and TanStack Query load when the rail nears the viewport: below the fold on
// every page that shows it, it should cost the first paint nothing.
const RecsRailList = lazy(() =>
  import('./recs-rail-list').then((m) => ({ default: m.RecsRailList })),
);

/** Personal ("for me") or similar-course recommendations from GET /api/recommendations. */
export function RecsRail(props: RecsRailProps) {
  const [near, setNear] = useState(false);
  const observe = useCallback((el: HTMLElement | null) => {
    if (!el) return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          io.disconnect();
        }
      },
      { rootMargin: '400px 0px' },
    );
    io.observe(el);
    return () => io.disconnect();
  }, []);
  if (!near) return <RailSkeleton ref={observe} source={props.source} title={props.title} />;
  return (
    <Suspense fallback={<RailSkeleton source={props.source} title={props.title} />}>
      <RecsRailList {...props} />
    </Suspense>
  );
}
