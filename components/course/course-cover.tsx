import Image from 'next/image';

import { GraduationCap } from 'lucide-react';

import { cn } from '@/lib/utils';

/** Decorative cover (the title is always next to it, so alt is empty). */
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
        <Image
          src={src}
          alt=""
          fill
          sizes="(min-width: 1024px) 25vw, (min-width: 640px) 50vw, 100vw"
          className="object-cover"
          priority={priority}
        />
      ) : (
        <GraduationCap aria-hidden className="absolute inset-0 m-auto size-12 text-white/80" />
      )}
    </div>
  );
}
