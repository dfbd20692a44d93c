'use client';

import * as React from 'react';

import { Tabs as TabsPrimitive } from 'radix-ui';

import { cn } from '@/lib/utils';

export const Tabs = TabsPrimitive.Root;

export function TabsList({ className, ...props }: React.ComponentProps<typeof TabsPrimitive.List>) {
  return (
    <TabsPrimitive.List
      className={cn(
        'bg-muted text-muted-foreground inline-flex h-10 items-center gap-1 rounded-md p-1',
        className,
      )}
      {...props}
    />
  );
}

export function TabsTrigger({
  className,
  ...props
}: React.ComponentProps<typeof TabsPrimitive.Trigger>) {
  return (
    <TabsPrimitive.Trigger
      className={cn(
        'focus-visible:outline-ring data-[state=active]:bg-background data-[state=active]:text-foreground inline-flex items-center rounded-sm px-3 py-1.5 text-sm font-medium whitespace-nowrap focus-visible:outline-2 data-[state=active]:shadow-sm',
        className,
      )}
      {...props}
    />
  );
}

export function TabsContent({
  className,
  ...props
}: React.ComponentProps<typeof TabsPrimitive.Content>) {
  return (
    <TabsPrimitive.Content
      className={cn('focus-visible:outline-ring mt-4 focus-visible:outline-2', className)}
      {...props}
    />
  );
}
