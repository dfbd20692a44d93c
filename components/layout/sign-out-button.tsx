'use client';

import { useActionState } from 'react';

import { signOutAction } from '@/lib/actions/auth/sign-out';
import { initialActionState } from '@/lib/actions/action-state';

/** Sign-out as a form post (works without JavaScript); the only client part of the phone menu. */
export function SignOutButton({ label, className }: { label: string; className?: string }) {
  const [, signOut] = useActionState(signOutAction, initialActionState);
  return (
    <form action={signOut}>
      <button type="submit" className={className}>
        {label}
      </button>
    </form>
  );
}
