'use client';

import { useEffect } from 'react';

import { useRouter } from 'next/navigation';

/** Re-renders the server page every few seconds while a payment is still being confirmed. */
export function AutoRefresh({
  everyMs = 2000,
  maxTimes = 30,
}: {
  everyMs?: number;
  maxTimes?: number;
}) {
  const router = useRouter();
  useEffect(() => {
    let n = 0;
    const timer = setInterval(() => {
      n += 1;
      if (n > maxTimes) clearInterval(timer);
      else router.refresh();
    }, everyMs);
    return () => clearInterval(timer);
  }, [router, everyMs, maxTimes]);
  return null;
}
