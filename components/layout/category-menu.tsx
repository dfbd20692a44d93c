import { buttonVariants } from '@/components/ui/button';
import { ChevronDown, LayoutGrid } from '@/components/ui/icons';
import { Link } from '@/components/ui/link';
import { cn } from '@/lib/utils';

export type NavCategory = { slug: string; name: string };

export const CATEGORY_MENU_ID = 'category-menu';

/**
 * The desktop categories list as a native popover: no JavaScript to download or run, and the
 * browser closes it on Escape or an outside click. Links are plain list items (a navigation list,
 * not an application menu), so keyboard users Tab through them.
 */
export function CategoryMenu({ categories, label }: { categories: NavCategory[]; label: string }) {
  return (
    <>
      <button
        type="button"
        popoverTarget={CATEGORY_MENU_ID}
        className={cn(buttonVariants({ variant: 'ghost' }), 'gap-1.5')}
      >
        <LayoutGrid aria-hidden />
        {label}
        <ChevronDown aria-hidden />
      </button>
      <div
        id={CATEGORY_MENU_ID}
        popover="auto"
        className="bg-background text-foreground fixed top-16 right-auto bottom-auto left-4 m-0 max-h-[70dvh] w-56 overflow-y-auto rounded-md border p-1 shadow-md lg:left-[max(1rem,calc(50vw-40rem+10rem))]"
      >
        <ul className="grid">
          {categories.map((c) => (
            <li key={c.slug}>
              <Link
                href={`/categories/${c.slug}`}
                className="hover:bg-muted focus-visible:outline-ring block rounded-sm px-2 py-1.5 text-sm focus-visible:outline-2"
              >
                {c.name}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
