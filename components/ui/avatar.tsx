'use client';

import * as React from 'react';

import { Avatar as AvatarPrimitive } from 'radix-ui';

import { cn } from '@/lib/utils';

/** Image with initials fallback; `name` supplies both the alt text and the initials. */
export function Avatar({
  name,
  src,
  className,
  decorative = false,
}: {
  name: string;
  src?: string | null;
  className?: string;
  /** Hide from assistive technology when the surrounding control already names the person. */
  decorative?: boolean;
}) {
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => Array.from(part)[0]?.toUpperCase() ?? '')
    .join('');
  return (
    <AvatarPrimitive.Root
      aria-hidden={decorative || undefined}
      className={cn(
        'bg-muted relative inline-flex size-10 shrink-0 overflow-hidden rounded-full',
        className,
      )}
    >
      {src ? (
        <AvatarPrimitive.Image src={src} alt={name} className="size-full object-cover" />
      ) : null}
      {/*
        Initials are drawn with CSS, not as text: inside a labelled button ("Account menu for …") visible
        text that is not part of the label fails WCAG 2.5.3 (axe label-content-name-mismatch).
      */}
      <AvatarPrimitive.Fallback
        role="img"
        aria-label={name}
        data-initials={initials || '?'}
        className="text-muted-foreground flex size-full items-center justify-center text-sm font-semibold before:content-[attr(data-initials)]"
      />
    </AvatarPrimitive.Root>
  );
}
