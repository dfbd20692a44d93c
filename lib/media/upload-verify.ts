import 'server-only';

import { fileTypeFromBuffer } from 'file-type';
import { parseWebStream } from 'music-metadata';
import sharp from 'sharp';

import type { MediaKind } from '@/db/schema';
import { STORED_EXTENSION, UPLOAD_TYPES } from '@/lib/media/upload-limits';
import { extensionOf } from '@/lib/media/upload-names';
import { readAll, type Storage } from '@/lib/storage/storage';

/** Enough leading bytes for every signature file-type checks (mp4 brands, webm EBML). */
const SNIFF_BYTES = 64 * 1024;

export type Sniffed =
  | { ok: true; mimeType: string; storedExtension: string }
  | { ok: false; reason: 'type' | 'extension' };

/**
 * UPLOAD-2: the type comes from the magic bytes (file-type), never from the client. It must be on
 * the kind's allow-list, and the file name's extension must be one that type may carry, so an HTML
 * page renamed `.mp4`, an SVG, a zip renamed `.png` or a PNG named `.pdf` are all refused.
 */
export async function sniffUpload(
  storage: Storage,
  key: string,
  kind: MediaKind,
  displayName: string,
): Promise<Sniffed> {
  const file = await storage.open(key, (size) =>
    size === 0 ? 'none' : { start: 0, end: Math.min(size, SNIFF_BYTES) - 1 },
  );
  if (!file) return { ok: false, reason: 'type' };
  const head = await readAll(file.stream);
  const detected = await fileTypeFromBuffer(head);
  const allowed = detected ? UPLOAD_TYPES[kind][detected.mime] : undefined;
  if (!detected || !allowed) return { ok: false, reason: 'type' };
  if (!allowed.includes(extensionOf(displayName))) {
    return { ok: false, reason: 'extension' };
  }
  return { ok: true, mimeType: detected.mime, storedExtension: STORED_EXTENSION[detected.mime]! };
}

/** Whole seconds of a video or audio file, or null when the container does not say. */
export async function readDurationSec(
  storage: Storage,
  key: string,
  mimeType: string,
): Promise<number | null> {
  const file = await storage.open(key);
  if (!file) return null;
  try {
    const meta = await parseWebStream(
      file.stream,
      { mimeType, size: file.size },
      { duration: true, skipCovers: true },
    );
    const seconds = meta.format.duration;
    return seconds && Number.isFinite(seconds) ? Math.round(seconds) : null;
  } catch {
    return null;
  } finally {
    await file.stream.cancel().catch(() => undefined);
  }
}

const IMAGE_LIMITS = { limitInputPixels: 40_000_000, animated: false } as const;

/**
 * Decodes and re-encodes an image in its own format: EXIF (GPS included), ICC text and any payload
 * appended to the file are dropped, so polyglots do not survive (UPLOAD-2). Throws on undecodable input.
 */
export async function reencodeImage(input: Buffer, mimeType: string): Promise<Buffer> {
  const image = sharp(input, IMAGE_LIMITS).rotate();
  if (mimeType === 'image/png') return image.png().toBuffer();
  if (mimeType === 'image/webp') return image.webp({ quality: 90 }).toBuffer();
  return image.jpeg({ quality: 90, mozjpeg: true }).toBuffer();
}
