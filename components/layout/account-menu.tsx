'use client';

import { useActionState } from 'react';

import { useTranslations } from 'next-intl';

import { Avatar } from '@/components/ui/avatar';
import { Button } from '@/components/ui/button';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import {
  BookOpen,
  Heart,
  LayoutDashboard,
  LogOut,
  Receipt,
  Shield,
  UserRound,
} from '@/components/ui/icons';
import { Link } from '@/components/ui/link';
import { signOutAction } from '@/lib/actions/auth/sign-out';
import { initialActionState } from '@/lib/actions/action-state';

export type NavViewer = {
  name: string;
  email: string | null;
  isCreator: boolean;
  isAdmin: boolean;
};

export function AccountMenu({ viewer }: { viewer: NavViewer }) {
  const t = useTranslations('Nav');
  const [, signOut] = useActionState(signOutAction, initialActionState);
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        {/* Name in text, not aria-label: the initials are decorative and must not contradict the name. */}
        <Button variant="ghost" size="icon" className="rounded-full">
          <Avatar name={viewer.name} className="size-9" decorative />
          <span className="sr-only">{t('accountMenu', { name: viewer.name })}</span>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-60">
        <DropdownMenuLabel className="grid gap-0.5">
          <span className="truncate">{viewer.name}</span>
          <span className="text-muted-foreground truncate text-xs font-normal">{viewer.email}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/library">
            <BookOpen aria-hidden />
            {t('myLearning')}
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem asChild>
          <Link href="/wishlist">
            <Heart aria-hidden />
            {t('wishlist')}
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem asChild>
          <Link href="/orders">
            <Receipt aria-hidden />
            {t('orders')}
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem asChild>
          <Link href="/account">
            <UserRound aria-hidden />
            {t('account')}
          </Link>
        </DropdownMenuItem>
        {viewer.isCreator ? (
          <DropdownMenuItem asChild>
            <Link href="/studio">
              <LayoutDashboard aria-hidden />
              {t('studio')}
            </Link>
          </DropdownMenuItem>
        ) : null}
        {viewer.isAdmin ? (
          <DropdownMenuItem asChild>
            <Link href="/admin">
              <Shield aria-hidden />
              {t('admin')}
            </Link>
          </DropdownMenuItem>
        ) : null}
        <DropdownMenuSeparator />
        <form action={signOut}>
          {/* Keep the menu mounted until the form submits; closing it first would cancel the post. */}
          <DropdownMenuItem asChild onSelect={(event) => event.preventDefault()}>
            <button type="submit" className="w-full">
              <LogOut aria-hidden />
              {t('signOut')}
            </button>
          </DropdownMenuItem>
        </form>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
