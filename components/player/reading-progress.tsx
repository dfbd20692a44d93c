'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';

import { useTranslations } from 'next-intl';

import { Progress } from '@/components/ui/progress';

import { reportProgress } from './progress-reporter';

/**
 * Wraps a server-rendered article and shows how far the reader has scrolled through it. Reaching
 * the end records the lesson as complete for an enrolled learner (the server keeps it monotone).
 */
export function ReadingProgress({
  children,
  lessonId,
  tracksProgress,
}: {
  children: ReactNode;
  lessonId: string;
  tracksProgress: boolean;
}) {
  const t = useTranslations('Learn');
  const ref = useRef<HTMLDivElement>(null);
  const [percent, setPercent] = useState(0);
  const reported = useRef(false);

  useEffect(() => {
    const onScroll = () => {
      const el = ref.current;
      if (!el) return;
      const rect = el.getBoundingClientRect();
      const total = rect.height - window.innerHeight;
      const read = total <= 0 ? 100 : Math.min(100, Math.max(0, (-rect.top / total) * 100));
      setPercent(Math.round(read));
      if (read >= 98 && tracksProgress && !reported.current) {
        reported.current = true;
        reportProgress(lessonId, 0, true);
      }
    };
    onScroll();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, [lessonId, tracksProgress]);

  return (
    <div className="grid gap-3">
      <div className="bg-background/95 sticky top-0 z-10 py-2">
        <Progress value={percent} label={t('readingProgress')} />
      </div>
      <div ref={ref}>{children}</div>
    </div>
  );
}
