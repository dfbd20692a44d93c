'use client';

import * as React from 'react';

import { Toast as ToastPrimitive } from 'radix-ui';

import { X } from '@/components/ui/icons';
import { cn } from '@/lib/utils';

import { dismissToast, useToastList, type ToastItem } from './use-toast';

function ToastView({ item, closeLabel }: { item: ToastItem; closeLabel: string }) {
  return (
    <ToastPrimitive.Root
      duration={item.duration ?? 5000}
      type={item.variant === 'destructive' ? 'foreground' : 'background'}
      onOpenChange={(open) => {
        if (!open) dismissToast(item.id);
      }}
      className={cn(
        'bg-background relative grid gap-1 rounded-md border p-4 pr-10 shadow-lg',
        item.variant === 'destructive' && 'border-destructive/60',
        item.variant === 'success' && 'border-success/60',
      )}
    >
      <ToastPrimitive.Title className="text-sm font-semibold">{item.title}</ToastPrimitive.Title>
      {item.description ? (
        <ToastPrimitive.Description className="text-muted-foreground text-sm">
          {item.description}
        </ToastPrimitive.Description>
      ) : null}
      <ToastPrimitive.Close
        aria-label={closeLabel}
        className="text-muted-foreground hover:bg-muted focus-visible:outline-ring absolute top-3 right-3 rounded-md p-1 focus-visible:outline-2"
      >
        <X aria-hidden className="size-4" />
      </ToastPrimitive.Close>
    </ToastPrimitive.Root>
  );
}

/** Mount once (components/providers.tsx). Labels are passed in translated. */
export function Toaster({ closeLabel, regionLabel }: { closeLabel: string; regionLabel: string }) {
  const toasts = useToastList();
  return (
    <ToastPrimitive.Provider swipeDirection="right" label={regionLabel}>
      {toasts.map((item) => (
        <ToastView key={item.id} item={item} closeLabel={closeLabel} />
      ))}
      <ToastPrimitive.Viewport className="fixed right-0 bottom-0 z-[100] flex w-full max-w-sm flex-col gap-2 p-4 outline-none" />
    </ToastPrimitive.Provider>
  );
}
