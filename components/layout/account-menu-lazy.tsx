'use client';

import dynamic from 'next/dynamic';

import type { NavViewer } from './account-menu';

/**
 * The account menu's code (a Radix dropdown) is split out of the storefront's layout bundle: a
 * visitor's page never renders it, so it never downloads it. Signed-in pages still render it on the
 * server; its chunk loads while the page hydrates.
 */
const AccountMenu = dynamic(() => import('./account-menu').then((m) => m.AccountMenu));

export function AccountMenuLazy({ viewer }: { viewer: NavViewer }) {
  return <AccountMenu viewer={viewer} />;
}
