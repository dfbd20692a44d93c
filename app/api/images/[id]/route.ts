import { route } from '@/lib/api/route';
import { getPublicImage } from '@/lib/data/media-images';
import { AppError } from '@/lib/errors';
import { getStorage } from '@/lib/storage';

/** Public covers and avatars. A media id never changes its bytes, so the response is immutable. */
export const GET = route({ guard: 'public' }, async ({ params }) => {
  const id = typeof params.id === 'string' ? params.id : '';
  const image = await getPublicImage(id);
  const file = image ? await getStorage().open(image.storageKey) : null;
  if (!image || !file) throw new AppError('NOT_FOUND', 'Errors.notFound');
  return new Response(file.stream, {
    headers: {
      'Content-Type': image.mimeType,
      'Content-Length': String(file.size),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  });
});
