'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useTransition } from 'react';

const INTENT_EVENTS = ['pointerover', 'focusin', 'touchstart'] as const;

/** The link an event came from, when it leads to one of our pages in this tab; else null. */
function pageLink(event: Event): { link: HTMLAnchorElement; url: URL } | null {
  const link = (event.target as Element | null)?.closest?.('a[href]');
  if (!(link instanceof HTMLAnchorElement)) return null;
  if ((link.target && link.target !== '_self') || link.hasAttribute('download')) return null;
  const url = new URL(link.href);
  // Route handlers (media, exports, sign-out callbacks) are documents, not pages.
  if (url.origin !== window.location.origin || url.pathname.startsWith('/api/')) return null;
  return { link, url };
}

/**
 * What next/link does for each link, done once for the document: a plain click on a link to one of
 * our pages becomes a client-side navigation (router.push, or replace and keep-scroll from the
 * link's data attributes), and hovering, focusing or touching a link prefetches its page. Clicks
 * with a modifier key, other buttons, in-page anchors and other origins stay the browser's.
 * While the next page is on its way, a bar across the top of the window shows that the click was
 * taken (pages without a loading skeleton keep showing the old page until the new one is ready).
 */
export function SoftNavigation({ pendingLabel }: { pendingLabel: string }) {
  const router = useRouter();
  const [navigating, startNavigation] = useTransition();
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const target = pageLink(event);
      if (!target) return;
      const { link, url } = target;
      const here = window.location;
      if (url.hash && url.pathname === here.pathname && url.search === here.search) return;
      event.preventDefault();
      const href = url.pathname + url.search + url.hash;
      const options = { scroll: link.dataset.scroll !== 'keep' };
      startNavigation(() => {
        if (link.dataset.replace !== undefined) router.replace(href, options);
        else router.push(href, options);
      });
    };
    const onIntent = (event: Event) => {
      const target = pageLink(event);
      if (target) router.prefetch(target.url.pathname + target.url.search);
    };
    document.addEventListener('click', onClick);
    for (const type of INTENT_EVENTS)
      document.addEventListener(type, onIntent, { passive: true, capture: true });
    return () => {
      document.removeEventListener('click', onClick);
      for (const type of INTENT_EVENTS)
        document.removeEventListener(type, onIntent, { capture: true });
    };
  }, [router]);
  if (!navigating) return null;
  // Next's route announcer tells screen readers when the new page has arrived.
  return (
    <div
      role="progressbar"
      aria-label={pendingLabel}
      className="bg-primary animate-navigation-progress fixed inset-x-0 top-0 z-[70] h-0.5 origin-left motion-reduce:animate-none"
    />
  );
}
