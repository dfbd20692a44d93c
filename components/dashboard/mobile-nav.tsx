'use client';

import { useState } from 'react';

import { Button } from '@/components/ui/button';
import { Menu } from '@/components/ui/icons';
import { Sheet, SheetContent, SheetTitle, SheetTrigger } from '@/components/ui/sheet';

import { NavLinks, type DashboardNavItem } from './nav-links';

/** The phone navigation: the sidebar's links in a sheet that closes once a link is followed. */
export function MobileNav({
  items,
  title,
  openLabel,
  closeLabel,
}: {
  items: DashboardNavItem[];
  title: string;
  openLabel: string;
  closeLabel: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>
        <Button variant="ghost" size="icon" className="md:hidden">
          <Menu aria-hidden />
          <span className="sr-only">{openLabel}</span>
        </Button>
      </SheetTrigger>
      <SheetContent side="left" closeLabel={closeLabel} aria-describedby={undefined}>
        <SheetTitle>{title}</SheetTitle>
        <nav aria-label={title}>
          <NavLinks items={items} onNavigate={() => setOpen(false)} />
        </nav>
      </SheetContent>
    </Sheet>
  );
}
