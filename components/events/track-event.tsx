'use client';

import { useEffect } from 'react';

import { usePathname } from 'next/navigation';

import { track } from '@/lib/events/track';
import type { ClientEvent } from '@/lib/validation/events';

/** Records one behaviour event after the page has rendered (fire and forget, renders nothing). */
export function TrackEvent({ event }: { event: ClientEvent }) {
  const key = JSON.stringify(event);
  useEffect(() => {
    track(JSON.parse(key) as ClientEvent);
  }, [key]);
  return null;
}

/** One page view per client-side navigation; mounted once in the storefront layout. */
export function PageViewTracker() {
  const pathname = usePathname();
  useEffect(() => {
    track({ type: 'page_view' });
  }, [pathname]);
  return null;
}
