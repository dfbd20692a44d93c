import 'server-only';

import { and, eq, isNull } from 'drizzle-orm';
import sharp from 'sharp';

import { db } from '@/db';
import { courses, mediaAssets } from '@/db/schema';
import { canModerate } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { getCourseForEditOrThrow } from '@/lib/data/studio-courses';
import { AppError } from '@/lib/errors';
import { newId } from '@/lib/ids';
import { COVER_SIZES, cropBox, type CoverCrop } from '@/lib/media/upload-cover';
import { storageKeyFor } from '@/lib/media/upload-names';
import { getStorage } from '@/lib/storage';
import { readAll } from '@/lib/storage/storage';

export const coverImageUrl = (mediaId: string) => `/api/images/${mediaId}`;

/**
 * Sets a course's cover from an image the viewer uploaded for that course (ACCESS-3: the course
 * is the viewer's, and the image is theirs and stored under that course, both checked as stored).
 * The image is cropped, resized to each COVER_SIZES entry and re-encoded as WebP without metadata
 * (no EXIF/GPS, UPLOAD-2); the new rows are public images served by app/api/images.
 */
export async function setCourseCover(
  viewer: Viewer,
  courseId: string,
  mediaId: string,
  crop: CoverCrop,
): Promise<{ coverUrl: string; thumbnailUrl: string; slug: string }> {
  const course = await getCourseForEditOrThrow(viewer, courseId);
  const [source] = await db
    .select({ storageKey: mediaAssets.storageKey, ownerId: mediaAssets.ownerId })
    .from(mediaAssets)
    .where(
      and(
        eq(mediaAssets.id, mediaId),
        eq(mediaAssets.ownerId, viewer.id),
        eq(mediaAssets.kind, 'image'),
        eq(mediaAssets.status, 'ready'),
      ),
    )
    .limit(1);
  if (!source || !source.storageKey.startsWith(`media/${course.id}/`)) {
    throw new AppError('NOT_FOUND', 'StudioMedia.errors.imageRequired');
  }

  const storage = getStorage();
  const file = await storage.open(source.storageKey);
  if (!file) throw new AppError('NOT_FOUND', 'StudioMedia.errors.imageRequired');
  const input = await readAll(file.stream);
  // Width and height as displayed (EXIF orientation applied), which is what the editor cropped.
  const { width, height } = (await sharp(input).metadata()).autoOrient;
  if (!width || !height) throw new AppError('BAD_REQUEST', 'StudioMedia.errors.type');
  const box = cropBox(crop, width, height);

  const outputs = await Promise.all(
    COVER_SIZES.map(async (size) => {
      const bytes = await sharp(input, { limitInputPixels: 40_000_000 })
        .rotate()
        .extract(box)
        .resize(size.width, size.height, { fit: 'cover' })
        .webp({ quality: 82 })
        .toBuffer();
      return { id: newId(), key: storageKeyFor(course.id, 'webp'), bytes };
    }),
  );
  for (const out of outputs) await storage.put(out.key, out.bytes, 'image/webp');

  try {
    await db.transaction(async (tx) => {
      await tx.insert(mediaAssets).values(
        outputs.map((out, i) => ({
          id: out.id,
          ownerId: viewer.id,
          kind: 'image' as const,
          storageKey: out.key,
          mimeType: 'image/webp',
          sizeBytes: out.bytes.length,
          originalName: `cover-${COVER_SIZES[i]!.width}.webp`,
          status: 'ready' as const,
        })),
      );
      const scope = and(eq(courses.id, course.id), isNull(courses.deletedAt));
      const [result] = await tx
        .update(courses)
        .set({ coverUrl: coverImageUrl(outputs[0]!.id) })
        .where(canModerate(viewer) ? scope : and(scope, eq(courses.creatorId, viewer.id)));
      if (result.affectedRows !== 1) throw new AppError('NOT_FOUND', 'Errors.notFound');
    });
  } catch (err) {
    for (const out of outputs) await storage.delete(out.key);
    throw err;
  }
  return {
    coverUrl: coverImageUrl(outputs[0]!.id),
    thumbnailUrl: coverImageUrl(outputs[1]!.id),
    slug: course.slug,
  };
}
