import { defaultShouldDehydrateQuery, QueryClient } from '@tanstack/react-query';

/**
 * The one QueryClient factory (STYLE §9). 30 s staleTime so a hydrated query is not refetched at
 * once; pending queries are dehydrated so a server prefetch can stream into the client.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false },
      dehydrate: {
        shouldDehydrateQuery: (query) =>
          defaultShouldDehydrateQuery(query) || query.state.status === 'pending',
      },
    },
  });
}

let browserClient: QueryClient | undefined;

/** Server: a fresh client per call (callers wrap it in React `cache`). Browser: one shared client. */
export function getQueryClient(): QueryClient {
  if (typeof window === 'undefined') return createQueryClient();
  browserClient ??= createQueryClient();
  return browserClient;
}
