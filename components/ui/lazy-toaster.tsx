'use client';

import dynamic from 'next/dynamic';

import { useToastList } from './use-toast';

// The toast UI (and its Radix primitive) loads the first time something is toasted, not with every page.
const Toaster = dynamic(() => import('./toast').then((m) => m.Toaster), { ssr: false });

export function LazyToaster(props: { closeLabel: string; regionLabel: string }) {
  const toasts = useToastList();
  return toasts.length > 0 ? <Toaster {...props} /> : null;
}
