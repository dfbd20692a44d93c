import { avatarSvg } from '@/lib/covers';

import { CREATORS } from './data/creators';
import { copyFile, imageUrl, renderedImage, SEED_MEDIA, seedMediaSize, storageKey } from './media';
import { at, DAY_MS, type SeedContext, type SeedFile, type SeedRows } from './plan';
import { seedId } from './random';

export type CreatorRefs = {
  /** creator key → user id */
  ids: Map<string, string>;
  /** creator id → shared lesson media ids by kind */
  media: Map<string, Record<'video' | 'audio' | 'pdf', { id: string; durationSec: number | null }>>;
};

/** Creator accounts, profiles with generated avatars, and each creator's shared demo lesson media. */
export function buildCreators(ctx: SeedContext, rows: SeedRows, files: SeedFile[]): CreatorRefs {
  const refs: CreatorRefs = { ids: new Map(), media: new Map() };
  const now = ctx.now.getTime();
  CREATORS.forEach((c, i) => {
    const id = seedId(`user:${c.email}`);
    const joined = at(now - (420 + i * 23) * DAY_MS);
    const avatarId = seedId(`avatar:${c.key}`);
    const avatar = renderedImage(
      'shared',
      `avatar:${c.key}`,
      avatarId,
      avatarSvg({ seed: c.key, size: 256 }),
    );
    files.push(avatar);
    rows.mediaAssets.push({
      id: avatarId,
      ownerId: id,
      kind: 'image',
      storageKey: avatar.key,
      mimeType: 'image/webp',
      sizeBytes: 0, // filled in once rendered
      originalName: 'avatar.webp',
      status: 'ready',
      createdAt: joined,
    });
    rows.users.push({
      id,
      email: c.email,
      emailVerified: joined,
      name: c.name,
      image: imageUrl(avatarId),
      passwordHash: ctx.passwordHash,
      role: 'creator',
      locale: c.locale,
      createdAt: joined,
      lastLoginAt: at(now - (i + 1) * HOUR_OFFSET),
    });
    rows.creatorProfiles.push({
      userId: id,
      slug: c.key === 'maya' ? 'maya-chen' : c.email.split('@')[0]!.replace('.', '-'),
      displayName: c.displayName,
      headline: c.headline,
      bio: c.bio,
      avatarUrl: imageUrl(avatarId),
      payoutCountry: c.payoutCountry,
      createdAt: joined,
    });
    const shared = {} as Record<
      'video' | 'audio' | 'pdf',
      { id: string; durationSec: number | null }
    >;
    for (const m of SEED_MEDIA) {
      const mediaId = seedId(`media:${c.key}:${m.file}`);
      const key = storageKey('shared', `media:${c.key}:${m.file}`, m.file.split('.').pop()!);
      files.push(copyFile(key, mediaId, m.file));
      rows.mediaAssets.push({
        id: mediaId,
        ownerId: id,
        kind: m.kind,
        storageKey: key,
        mimeType: m.mime,
        sizeBytes: seedMediaSize(m.file),
        originalName: m.file,
        status: 'ready',
        durationSec: m.durationSec,
        createdAt: at(joined.getTime() + DAY_MS),
      });
      shared[m.kind] = { id: mediaId, durationSec: m.durationSec };
    }
    refs.ids.set(c.key, id);
    refs.media.set(id, shared);
  });
  return refs;
}

const HOUR_OFFSET = 7 * 3_600_000;
