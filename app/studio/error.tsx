'use client';

import { AreaError } from '@/components/dashboard/section-error';

export default function StudioError({ error, retry }: { error: unknown; retry: () => void }) {
  return <AreaError namespace="Studio.Error" error={error} retry={retry} />;
}
