import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import type { MediaKind } from '@/db/schema';

import { seedId } from './random';
import type { SeedFile } from './plan';

/** Committed demo media (scripts/make-seed-media.sh made them); the seed only copies them. */
export const SEED_MEDIA_DIR = path.resolve(import.meta.dirname, '../../db/seed-media');

export const SEED_MEDIA: {
  file: string;
  kind: Exclude<MediaKind, 'image'>;
  mime: string;
  durationSec: number | null;
}[] = [
  { file: 'lesson-video.mp4', kind: 'video', mime: 'video/mp4', durationSec: 30 },
  { file: 'lesson-audio.mp3', kind: 'audio', mime: 'audio/mpeg', durationSec: 24 },
  { file: 'lesson-handout.pdf', kind: 'pdf', mime: 'application/pdf', durationSec: null },
];

/**
 * Storage key `media/<scope>/<random>.<ext>`: the random part is derived from a label so a re-run
 * overwrites the same files instead of leaving orphans, and no client-supplied name is ever used.
 */
export function storageKey(scope: string, label: string, ext: string): string {
  return `media/${scope}/${seedId(`file:${label}`).toLowerCase()}.${ext}`;
}

/** WebVTT captions matching the committed video and audio; stored on their lessons. */
export const SEED_CAPTIONS: Record<'video' | 'audio', string> = {
  video: readFileSync(path.join(SEED_MEDIA_DIR, 'lesson-video.vtt'), 'utf8'),
  audio: readFileSync(path.join(SEED_MEDIA_DIR, 'lesson-audio.vtt'), 'utf8'),
};

export function seedMediaSize(file: string): number {
  return statSync(path.join(SEED_MEDIA_DIR, file)).size;
}

export function copyFile(key: string, mediaId: string, file: string): SeedFile {
  return { key, mediaId, kind: 'copy', source: path.join(SEED_MEDIA_DIR, file) };
}

export const imageUrl = (mediaId: string) => `/api/images/${mediaId}`;

/**
 * A generated image. The key carries a hash of the SVG, so an unchanged image is not rendered again on
 * the next run, and a changed one never reuses a stale file.
 */
export function renderedImage(
  scope: string,
  label: string,
  mediaId: string,
  svg: string,
): SeedFile {
  const digest = createHash('sha256').update(svg).digest('hex').slice(0, 12);
  return { key: storageKey(scope, `${label}:${digest}`, 'webp'), mediaId, kind: 'render', svg };
}
