import 'server-only';

import sharp from 'sharp';

import { AppError } from '@/lib/errors';

/** Avatars: raster only, at most 5 MB in and 40 megapixels decoded; stored as a 512 px WebP. */
export const AVATAR_MAX_BYTES = 5 * 1024 * 1024;
const RASTER_FORMATS = new Set(['jpeg', 'png', 'webp', 'gif', 'avif']);

function refuse(message: string): never {
  throw new AppError('BAD_REQUEST', message, { fieldErrors: { avatar: [message] } });
}

/**
 * Decodes the upload by its content (never its name or client type), refuses SVG and anything that
 * is not a raster image, and re-encodes: EXIF/GPS is dropped and polyglot payloads do not survive.
 */
export async function processAvatar(file: File): Promise<Buffer> {
  if (file.size > AVATAR_MAX_BYTES) refuse('Validation.imageTooLarge');
  const input = Buffer.from(await file.arrayBuffer());
  let format: string | undefined;
  try {
    format = (await sharp(input, { limitInputPixels: 40_000_000 }).metadata()).format;
  } catch {
    refuse('Validation.imageType');
  }
  if (!format || !RASTER_FORMATS.has(format)) refuse('Validation.imageType');
  try {
    return await sharp(input, { limitInputPixels: 40_000_000, animated: false })
      .rotate()
      .resize(512, 512, { fit: 'cover' })
      .webp({ quality: 85 })
      .toBuffer();
  } catch {
    refuse('Validation.imageType');
  }
}
