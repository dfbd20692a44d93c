import 'server-only';

import { and, eq, sql } from 'drizzle-orm';

import { db } from '@/db';
import { creatorProfiles, mediaAssets, users } from '@/db/schema';
import { isEmailVerified } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { countUnusedRecoveryCodes } from '@/lib/data/two-factor';
import { AppError, isDuplicateKeyError } from '@/lib/errors';
import { newId } from '@/lib/ids';
import { writeStoredFile } from '@/lib/storage/local-files';

export type AccountOverview = {
  name: string;
  email: string | null;
  image: string | null;
  locale: string;
  emailVerified: boolean;
  hasPassword: boolean;
  twoFactorEnabled: boolean;
  recoveryCodesLeft: number;
  role: Viewer['role'];
  creator: { displayName: string; slug: string } | null;
};

/** The viewer's own settings (no hash, no secret): the id comes from the session only. */
export async function getAccountOverview(viewer: Viewer): Promise<AccountOverview> {
  const [row] = await db
    .select({
      name: users.name,
      email: users.email,
      image: users.image,
      locale: users.locale,
      emailVerified: users.emailVerified,
      hasPassword: sql<number>`${users.passwordHash} IS NOT NULL`,
      totpEnabledAt: users.totpEnabledAt,
      displayName: creatorProfiles.displayName,
      slug: creatorProfiles.slug,
    })
    .from(users)
    .leftJoin(creatorProfiles, eq(creatorProfiles.userId, users.id))
    .where(eq(users.id, viewer.id))
    .limit(1);
  if (!row) throw new Error('viewer row missing');
  return {
    name: row.name,
    email: row.email,
    image: row.image,
    locale: row.locale,
    emailVerified: row.emailVerified !== null,
    hasPassword: Boolean(Number(row.hasPassword)),
    twoFactorEnabled: row.totpEnabledAt !== null,
    recoveryCodesLeft: row.totpEnabledAt ? await countUnusedRecoveryCodes(viewer.id) : 0,
    role: viewer.role,
    creator: row.displayName && row.slug ? { displayName: row.displayName, slug: row.slug } : null,
  };
}

/** Stores re-encoded image bytes as a ready, public `image` asset owned by the viewer; returns its URL. */
export async function saveViewerImage(
  viewer: Viewer,
  bytes: Buffer,
  mimeType: 'image/webp',
): Promise<string> {
  const id = newId();
  const storageKey = `media/shared/${newId()}.webp`;
  await writeStoredFile(storageKey, bytes);
  await db.insert(mediaAssets).values({
    id,
    ownerId: viewer.id,
    kind: 'image',
    storageKey,
    mimeType,
    sizeBytes: bytes.length,
    originalName: 'avatar.webp',
    status: 'ready',
  });
  return `/api/images/${id}`;
}

export async function updateProfile(
  viewer: Viewer,
  input: { name: string; image?: string },
): Promise<void> {
  await db
    .update(users)
    .set({ name: input.name, ...(input.image ? { image: input.image } : {}) })
    .where(eq(users.id, viewer.id));
}

/** Applies a confirmed email change; false when another account took the address meanwhile. */
export async function applyEmailChange(
  userId: string,
  newEmail: string,
): Promise<{ oldEmail: string | null } | null> {
  const [row] = await db
    .select({ email: users.email, status: users.status })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!row || row.status === 'deleted') return null;
  try {
    await db
      .update(users)
      .set({ email: newEmail.toLowerCase(), emailVerified: new Date() })
      .where(eq(users.id, userId));
  } catch (err) {
    if (isDuplicateKeyError(err)) return null;
    throw err;
  }
  return { oldEmail: row.email };
}

function slugify(name: string): string {
  const base = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'creator'}-${newId(6).toLowerCase()}`;
}

/**
 * "Become a creator": profile row plus the creator role, in one transaction. The session version is
 * bumped because the role changed (AUTH-4); the action then issues this device a fresh session.
 */
export async function becomeCreator(
  viewer: Viewer,
  input: {
    displayName: string;
    headline: string;
    bio: string;
    payoutCountry: string;
    avatarUrl?: string;
  },
): Promise<'created' | 'already'> {
  // Selling courses needs an owner we can reach: an unconfirmed address may belong to someone else.
  if (!isEmailVerified(viewer)) throw new AppError('FORBIDDEN', 'Account.creator.verifyFirst');
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: creatorProfiles.userId })
      .from(creatorProfiles)
      .where(eq(creatorProfiles.userId, viewer.id))
      .limit(1);
    if (existing) return 'already';
    await tx.insert(creatorProfiles).values({
      userId: viewer.id,
      slug: slugify(input.displayName),
      displayName: input.displayName,
      headline: input.headline || null,
      bio: input.bio || null,
      payoutCountry: input.payoutCountry,
      avatarUrl: input.avatarUrl ?? null,
    });
    await tx
      .update(users)
      .set({
        role: sql`IF(${users.role} = 'learner', 'creator', ${users.role})`,
        sessionVersion: sql`${users.sessionVersion} + 1`,
      })
      .where(and(eq(users.id, viewer.id), eq(users.status, 'active')));
    return 'created';
  });
}
