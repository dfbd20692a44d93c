'use client';

import { QueryClientProvider } from '@tanstack/react-query';

import { getQueryClient } from '@/lib/query-client';

/**
 * TanStack Query for the parts that fetch from the browser: the studio (its layout) and the
 * recommendations rail (its lazily loaded list). The storefront's pages do not load it otherwise.
 */
export function QueryProvider({ children }: { children: React.ReactNode }) {
  return <QueryClientProvider client={getQueryClient()}>{children}</QueryClientProvider>;
}
