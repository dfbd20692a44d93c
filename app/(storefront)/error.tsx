'use client';

import { ErrorView } from '@/components/layout/error-view';

/** Inside the storefront layout, so the header and footer stay usable when a page fails. */
export default function StorefrontError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorView error={error} retry={retry} />;
}
