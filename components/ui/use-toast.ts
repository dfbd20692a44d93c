'use client';

import { useSyncExternalStore } from 'react';

export type ToastItem = {
  id: number;
  title: string;
  description?: string;
  variant?: 'default' | 'success' | 'destructive';
  duration?: number;
};

/** A module-level store: toasts survive the component that raised them (e.g. after a redirect). */
let items: ToastItem[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const EMPTY: ToastItem[] = [];

export function toast(input: Omit<ToastItem, 'id'>): number {
  const id = nextId++;
  // Keep the three newest; a burst of errors should not bury the page.
  items = [...items, { ...input, id }].slice(-3);
  emit();
  return id;
}

export function dismissToast(id: number) {
  items = items.filter((t) => t.id !== id);
  emit();
}

export function useToastList(): ToastItem[] {
  return useSyncExternalStore(
    subscribe,
    () => items,
    () => EMPTY,
  );
}

export function useToast() {
  return { toast, dismiss: dismissToast };
}
