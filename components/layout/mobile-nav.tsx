'use client';

import { useActionState, useState } from 'react';

import Link from 'next/link';

import { Menu } from 'lucide-react';
import { useTranslations } from 'next-intl';

import { Button } from '@/components/ui/button';
import { Separator } from '@/components/ui/separator';
import {
  Sheet,
  SheetContent,
  SheetDescription,
  SheetTitle,
  SheetTrigger,
} from '@/components/ui/sheet';
import { signOutAction } from '@/lib/actions/auth/sign-out';
import { initialActionState } from '@/lib/actions/action-state';

import type { NavViewer } from './account-menu';
import type { NavCategory } from './category-menu';

const linkClass =
  'block rounded-md px-3 py-2 text-sm hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring';

/** The phone navigation: a left sheet with the same destinations as the desktop header. */
export function MobileNav({
  categories,
  viewer,
}: {
  categories: NavCategory[];
  viewer: NavViewer | null;
}) {
  const t = useTranslations('Nav');
  const tc = useTranslations('Common');
  const [open, setOpen] = useState(false);
  const [, signOut] = useActionState(signOutAction, initialActionState);
  const close = () => setOpen(false);
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>
        <Button variant="ghost" size="icon" className="md:hidden" aria-label={t('openMenu')}>
          <Menu aria-hidden />
        </Button>
      </SheetTrigger>
      <SheetContent side="left" closeLabel={tc('close')} aria-describedby={undefined}>
        <SheetTitle>{tc('appName')}</SheetTitle>
        <SheetDescription className="sr-only">{t('menu')}</SheetDescription>
        <nav aria-label={t('mainNav')} className="grid gap-1">
          <Link href="/" className={linkClass} onClick={close}>
            {t('home')}
          </Link>
          {viewer ? (
            <>
              <Link href="/library" className={linkClass} onClick={close}>
                {t('myLearning')}
              </Link>
              <Link href="/wishlist" className={linkClass} onClick={close}>
                {t('wishlist')}
              </Link>
            </>
          ) : null}
          {viewer?.isCreator ? (
            <Link href="/studio" className={linkClass} onClick={close}>
              {t('studio')}
            </Link>
          ) : null}
          {viewer?.isAdmin ? (
            <Link href="/admin" className={linkClass} onClick={close}>
              {t('admin')}
            </Link>
          ) : null}
          <Separator className="my-2" />
          <p className="text-muted-foreground px-3 text-xs font-semibold tracking-wide uppercase">
            {t('categories')}
          </p>
          {categories.map((c) => (
            <Link key={c.slug} href={`/categories/${c.slug}`} className={linkClass} onClick={close}>
              {c.name}
            </Link>
          ))}
          <Separator className="my-2" />
          {viewer ? (
            <>
              <Link href="/account" className={linkClass} onClick={close}>
                {t('account')}
              </Link>
              <form action={signOut}>
                <button type="submit" className={`${linkClass} w-full text-left`}>
                  {t('signOut')}
                </button>
              </form>
            </>
          ) : (
            <div className="grid grid-cols-2 gap-2 px-1">
              <Button asChild variant="outline">
                <Link href="/sign-in" onClick={close}>
                  {t('signIn')}
                </Link>
              </Button>
              <Button asChild>
                <Link href="/sign-up" onClick={close}>
                  {t('signUp')}
                </Link>
              </Button>
            </div>
          )}
        </nav>
      </SheetContent>
    </Sheet>
  );
}
