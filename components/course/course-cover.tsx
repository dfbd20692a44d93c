import { GraduationCap } from '@/components/ui/icons';
import { cn } from '@/lib/utils';

/**
 * Decorative cover (the title is always next to it, so alt is empty). A plain <img>: covers are
 * already cropped and re-encoded at upload and images are served unoptimised, so next/image would
 * only add a client component per card. Below-the-fold covers load lazily; `priority` is for the
 * one a page is likely to paint first.
 */
export function CourseCover({
  src,
  className,
  priority,
}: {
  src: string | null;
  className?: string;
  priority?: boolean;
}) {
  return (
    <div
      className={cn(
        'from-brand-100 to-brand-500 relative aspect-video overflow-hidden bg-gradient-to-br',
        className,
      )}
    >
      {src ? (
        // eslint-disable-next-line @next/next/no-img-element -- see above
        <img
          src={src}
          alt=""
          decoding="async"
          loading={priority ? 'eager' : 'lazy'}
          fetchPriority={priority ? 'high' : undefined}
          className="absolute inset-0 size-full object-cover"
        />
      ) : (
        <GraduationCap className="absolute inset-0 m-auto size-12 text-white/80" />
      )}
    </div>
  );
}
