import 'server-only';

import { and, eq, inArray } from 'drizzle-orm';

import { db } from '@/db';
import { mediaAssets } from '@/db/schema';
import { ID_PATTERN } from '@/lib/ids';

/** Raster types only: an SVG served from our origin could run script (WEB-1). */
export const PUBLIC_IMAGE_TYPES = ['image/webp', 'image/png', 'image/jpeg', 'image/avif'] as const;

export type PublicImage = { id: string; storageKey: string; mimeType: string; sizeBytes: number };

/**
 * Public to anyone: covers and avatars are shown on public pages. Only `image` assets that are
 * `ready` and of a raster type; lesson media (video, audio, pdf) never leave through here (UPLOAD-5).
 */
export async function getPublicImage(id: string): Promise<PublicImage | null> {
  if (!ID_PATTERN.test(id)) return null;
  const [row] = await db
    .select({
      id: mediaAssets.id,
      storageKey: mediaAssets.storageKey,
      mimeType: mediaAssets.mimeType,
      sizeBytes: mediaAssets.sizeBytes,
    })
    .from(mediaAssets)
    .where(
      and(
        eq(mediaAssets.id, id),
        eq(mediaAssets.kind, 'image'),
        eq(mediaAssets.status, 'ready'),
        inArray(mediaAssets.mimeType, [...PUBLIC_IMAGE_TYPES]),
      ),
    )
    .limit(1);
  return row ?? null;
}
