import type { MediaKind } from '@/db/schema';

const MIB = 1024 * 1024;

/**
 * UPLOAD-1/UPLOAD-2 in one place: the largest upload per kind, and per kind the types we accept,
 * each with the file extensions that may carry it. Product decisions; change them here only.
 * The per-creator quota and hourly count are environment settings (UPLOAD_QUOTA_BYTES,
 * UPLOADS_PER_HOUR in lib/env.ts).
 */
export const UPLOAD_MAX_BYTES: Record<MediaKind, number> = {
  video: 2 * 1024 * MIB,
  audio: 300 * MIB,
  pdf: 50 * MIB,
  image: 10 * MIB,
};

/** Detected (magic-byte) type → extensions allowed in the file name. Nothing else: no SVG, HTML, zip. */
export const UPLOAD_TYPES: Record<MediaKind, Record<string, readonly string[]>> = {
  video: { 'video/mp4': ['mp4', 'm4v'], 'video/webm': ['webm'] },
  audio: { 'audio/mpeg': ['mp3'], 'audio/mp4': ['m4a', 'mp4'] },
  pdf: { 'application/pdf': ['pdf'] },
  image: { 'image/jpeg': ['jpg', 'jpeg'], 'image/png': ['png'], 'image/webp': ['webp'] },
};

/** The extension our storage key gets for a detected type (never the client's). */
export const STORED_EXTENSION: Record<string, string> = {
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
};

/** The largest of all limits: the tus server's own hard cap, whatever the kind. */
export const UPLOAD_ABSOLUTE_MAX = Math.max(...Object.values(UPLOAD_MAX_BYTES));

/** Browser upload chunk: one PATCH per 8 MiB, so a lost connection costs at most that much. */
export const UPLOAD_CHUNK_BYTES = 8 * MIB;

/** What the file picker offers per kind (a hint only; the server decides by content). */
export const UPLOAD_ACCEPT: Record<MediaKind, string> = {
  video: 'video/mp4,video/webm,.mp4,.m4v,.webm',
  audio: 'audio/mpeg,audio/mp4,.mp3,.m4a',
  pdf: 'application/pdf,.pdf',
  image: 'image/jpeg,image/png,image/webp,.jpg,.jpeg,.png,.webp',
};
