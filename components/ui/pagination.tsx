import * as React from 'react';

import { ChevronLeft, ChevronRight } from '@/components/ui/icons';
import { Link } from '@/components/ui/link';
import { pageItems } from '@/lib/pagination';
import { cn } from '@/lib/utils';

import { buttonVariants } from './button';

/** Plain links (works without JavaScript); `hrefFor` builds the URL of a page, keeping the filters. */
export function Pagination({
  page,
  pages,
  hrefFor,
  labels,
  className,
}: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
  labels: { nav: string; previous: string; next: string; page: (n: number) => string };
  className?: string;
}) {
  if (pages <= 1) return null;
  const linkClass = (active: boolean) =>
    cn(buttonVariants({ variant: active ? 'default' : 'ghost', size: 'sm' }), 'min-w-9');
  return (
    <nav
      aria-label={labels.nav}
      className={cn('flex flex-wrap items-center justify-center gap-1', className)}
    >
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={linkClass(false)}>
          <ChevronLeft aria-hidden />
          <span>{labels.previous}</span>
        </Link>
      ) : null}
      {pageItems(page, pages).map((item) =>
        item.kind === 'gap' ? (
          <span key={item.key} aria-hidden className="text-muted-foreground px-2">
            …
          </span>
        ) : (
          <Link
            key={item.page}
            href={hrefFor(item.page)}
            aria-label={labels.page(item.page)}
            aria-current={item.current ? 'page' : undefined}
            className={linkClass(item.current)}
          >
            {item.page}
          </Link>
        ),
      )}
      {page < pages ? (
        <Link href={hrefFor(page + 1)} rel="next" className={linkClass(false)}>
          <span>{labels.next}</span>
          <ChevronRight aria-hidden />
        </Link>
      ) : null}
    </nav>
  );
}
