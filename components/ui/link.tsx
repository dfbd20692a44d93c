import type { ComponentProps } from 'react';

type Props = ComponentProps<'a'> & {
  href: string;
  /** Replace the current history entry instead of adding one. */
  replace?: boolean;
  /** false keeps the scroll position after navigating. */
  scroll?: boolean;
};

/**
 * A link to one of our pages, drawn as a plain <a> from server and client components alike.
 * `SoftNavigation` (components/layout/soft-navigation.tsx, in the root providers) makes its clicks
 * client-side navigations and prefetches it on intent: one listener for the page instead of a
 * hydrated client component per link (75 on the home page).
 */
export function Link({ replace, scroll, ...props }: Props) {
  return (
    <a
      {...props}
      data-replace={replace ? '' : undefined}
      data-scroll={scroll === false ? 'keep' : undefined}
    />
  );
}
