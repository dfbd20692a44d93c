'use client';

import { useEffect } from 'react';

import { usePathname } from 'next/navigation';

/**
 * Client-side navigation keeps the layout (and any open header popover) mounted; close them when
 * the path changes. Tiny on purpose: the menus themselves need no JavaScript.
 */
export function ClosePopoversOnNavigate() {
  const pathname = usePathname();
  useEffect(() => {
    for (const el of document.querySelectorAll<HTMLElement>('[popover]')) {
      if (el.matches(':popover-open')) el.hidePopover();
    }
  }, [pathname]);
  return null;
}
