import { z } from 'zod';

import { ID_PATTERN } from '@/lib/ids';

/**
 * The crop the cover editor sends: the 16:9 frame as percentages of the uploaded image (what
 * react-easy-crop reports as `croppedArea`), so it does not depend on how the browser scaled it.
 */
export const coverCropSchema = z
  .object({
    x: z.number().min(0).max(100),
    y: z.number().min(0).max(100),
    width: z.number().gt(0).max(100),
    height: z.number().gt(0).max(100),
  })
  .strict()
  .refine((c) => c.x + c.width <= 100.5 && c.y + c.height <= 100.5, {
    message: 'StudioMedia.errors.crop',
  });

export const setCourseCoverSchema = z
  .object({
    courseId: z.string().regex(ID_PATTERN),
    mediaId: z.string().regex(ID_PATTERN),
    crop: coverCropSchema,
  })
  .strict();

export type CoverCrop = z.output<typeof coverCropSchema>;

/** Sizes stored per cover: the page's hero and a card thumbnail, both 16:9 WebP. */
export const COVER_SIZES = [
  { width: 1280, height: 720 },
  { width: 640, height: 360 },
] as const;

/** The pixel box for a percentage crop on an image of `width` × `height`, kept inside it. */
export function cropBox(crop: CoverCrop, width: number, height: number) {
  const left = Math.min(width - 1, Math.max(0, Math.round((crop.x / 100) * width)));
  const top = Math.min(height - 1, Math.max(0, Math.round((crop.y / 100) * height)));
  const w = Math.max(1, Math.min(width - left, Math.round((crop.width / 100) * width)));
  const h = Math.max(1, Math.min(height - top, Math.round((crop.height / 100) * height)));
  return { left, top, width: w, height: h };
}
