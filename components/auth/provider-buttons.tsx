'use client';

import { useActionState } from 'react';

import { Button } from '@/components/ui/button';
import { signInWithProviderAction } from '@/lib/actions/auth/sign-in-with-provider';
import { initialActionState } from '@/lib/actions/action-state';

/** One POST form per configured OAuth provider (no sign-in starts from a GET). */
export function ProviderButtons({
  providers,
  callbackUrl,
}: {
  providers: { id: string; label: string }[];
  callbackUrl: string;
}) {
  const [, formAction, pending] = useActionState(signInWithProviderAction, initialActionState);
  return (
    <div className="grid gap-2">
      {providers.map((p) => (
        <form key={p.id} action={formAction}>
          <input type="hidden" name="provider" value={p.id} />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <Button type="submit" variant="outline" className="w-full" disabled={pending}>
            {p.label}
          </Button>
        </form>
      ))}
    </div>
  );
}
