'use client';

import { AreaError } from '@/components/dashboard/section-error';

export default function AdminError({ error, retry }: { error: unknown; retry: () => void }) {
  return <AreaError namespace="Admin.Error" error={error} retry={retry} />;
}
