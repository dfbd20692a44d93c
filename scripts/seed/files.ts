import { readFile } from 'node:fs/promises';

import sharp from 'sharp';

import type { NewMediaAsset } from '@/db/schema';
import { writeStoredFile } from '@/lib/storage/local-files';

import type { SeedFile } from './plan';

const CONCURRENCY = 4;

/**
 * Renders covers and avatars to WebP and copies the committed lesson media under the media root.
 * Rendered sizes are written back into the matching media rows.
 */
export async function writeSeedFiles(files: SeedFile[], assets: NewMediaAsset[], mediaRoot: string): Promise<number> {
  const byId = new Map(assets.map((a) => [a.id, a]));
  const sources = new Map<string, Buffer>();
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      let bytes: Buffer;
      if (file.kind === 'render') {
        bytes = await sharp(Buffer.from(file.svg)).webp({ quality: 82 }).toBuffer();
      } else {
        bytes = sources.get(file.source) ?? (await readFile(file.source));
        sources.set(file.source, bytes);
      }
      await writeStoredFile(file.key, bytes, mediaRoot);
      const asset = byId.get(file.mediaId);
      if (!asset) throw new Error(`no media row for ${file.key}`);
      asset.sizeBytes = bytes.length;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return files.length;
}
