import 'server-only';

import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';

import { db } from '@/db';
import { MEDIA_STATUSES, mediaAssets, users, type MediaKind } from '@/db/schema';
import { canUseStudio } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { getCourseForEditOrThrow } from '@/lib/data/studio-courses';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { ID_PATTERN } from '@/lib/ids';
import { UPLOAD_MAX_BYTES } from '@/lib/media/upload-limits';

export type UploadAsset = {
  id: string;
  kind: MediaKind;
  status: MediaStatus;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  durationSec: number | null;
};

const assetColumns = {
  id: mediaAssets.id,
  kind: mediaAssets.kind,
  status: mediaAssets.status,
  originalName: mediaAssets.originalName,
  mimeType: mediaAssets.mimeType,
  sizeBytes: mediaAssets.sizeBytes,
  durationSec: mediaAssets.durationSec,
};

const HOUR_MS = 3_600_000;

type MediaStatus = (typeof MEDIA_STATUSES)[number];

/**
 * Opens an upload as a `pending` media row owned by the viewer (UPLOAD-1, ACCESS-3). The course must
 * be the viewer's own; the declared size must fit the kind's limit and the creator's quota; at most
 * UPLOADS_PER_HOUR new uploads. The user row is locked so two parallel creations cannot both pass.
 */
export async function createPendingUpload(
  viewer: Viewer,
  input: {
    uploadId: string;
    kind: MediaKind;
    courseId: string;
    originalName: string;
    sizeBytes: number;
    storageKey: string;
  },
): Promise<void> {
  if (!canUseStudio(viewer)) throw new AppError('FORBIDDEN', 'Errors.forbidden');
  await getCourseForEditOrThrow(viewer, input.courseId);
  if (input.sizeBytes > UPLOAD_MAX_BYTES[input.kind]) {
    throw new AppError('PAYLOAD_TOO_LARGE', 'StudioMedia.errors.tooLarge');
  }
  await db.transaction(async (tx) => {
    await tx.select({ id: users.id }).from(users).where(eq(users.id, viewer.id)).for('update');
    const [usage] = await tx
      .select({
        bytes: sql<
          string | null
        >`sum(case when ${mediaAssets.status} <> 'rejected' then ${mediaAssets.sizeBytes} else 0 end)`,
        recent: sql<string>`sum(case when ${mediaAssets.createdAt} > ${new Date(Date.now() - HOUR_MS)} then 1 else 0 end)`,
      })
      .from(mediaAssets)
      .where(eq(mediaAssets.ownerId, viewer.id));
    if (Number(usage?.recent ?? 0) >= env.UPLOADS_PER_HOUR) {
      throw new AppError('RATE_LIMITED', 'StudioMedia.errors.tooMany', { retryAfter: 3600 });
    }
    if (Number(usage?.bytes ?? 0) + input.sizeBytes > env.UPLOAD_QUOTA_BYTES) {
      throw new AppError('PAYLOAD_TOO_LARGE', 'StudioMedia.errors.quota');
    }
    await tx.insert(mediaAssets).values({
      id: input.uploadId,
      ownerId: viewer.id,
      kind: input.kind,
      storageKey: input.storageKey,
      // Unknown until the bytes are sniffed; never the client's Content-Type (UPLOAD-2).
      mimeType: 'application/octet-stream',
      sizeBytes: input.sizeBytes,
      originalName: input.originalName,
      status: 'pending',
    });
  });
}

/** The viewer's own upload in one of `statuses`; anyone else's looks missing (404, ACCESS-1). */
export async function getOwnUploadOrThrow(
  viewer: Viewer,
  uploadId: string,
  statuses: readonly MediaStatus[] = MEDIA_STATUSES,
): Promise<UploadAsset> {
  if (!canUseStudio(viewer)) throw new AppError('FORBIDDEN', 'Errors.forbidden');
  if (!ID_PATTERN.test(uploadId)) throw new AppError('NOT_FOUND', 'Errors.notFound');
  const [row] = await db
    .select({ ...assetColumns, ownerId: mediaAssets.ownerId })
    .from(mediaAssets)
    .where(
      and(
        eq(mediaAssets.id, uploadId),
        eq(mediaAssets.ownerId, viewer.id),
        inArray(mediaAssets.status, [...statuses]),
      ),
    )
    .limit(1);
  if (!row || row.ownerId !== viewer.id) throw new AppError('NOT_FOUND', 'Errors.notFound');
  const { ownerId: _o, ...dto } = row;
  return dto;
}

/** Verified bytes: the row becomes `ready` with its real type, key and duration. */
export async function markUploadReady(
  uploadId: string,
  ready: { storageKey: string; mimeType: string; sizeBytes: number; durationSec: number | null },
): Promise<void> {
  await db
    .update(mediaAssets)
    .set({ ...ready, status: 'ready' })
    .where(and(eq(mediaAssets.id, uploadId), eq(mediaAssets.status, 'pending')));
}

/**
 * Refused or cancelled: the bytes are gone; the row stays `rejected` so it still counts towards the
 * hourly limit (cancel-and-retry cannot dodge it) but no longer towards the quota.
 */
export async function markUploadRejected(uploadId: string): Promise<void> {
  await db
    .update(mediaAssets)
    .set({ status: 'rejected', storageKey: `rejected/${uploadId}` })
    .where(and(eq(mediaAssets.id, uploadId), eq(mediaAssets.status, 'pending')));
}

/**
 * Uploads still `pending` that were opened before `olderThan`, oldest first: abandoned half-way.
 * They hold bytes in storage and count towards their owner's quota until swept.
 */
export async function listAbandonedUploads(opts: {
  olderThan: Date;
  ownerId?: string;
  limit: number;
}): Promise<string[]> {
  const rows = await db
    .select({ id: mediaAssets.id })
    .from(mediaAssets)
    .where(
      and(
        eq(mediaAssets.status, 'pending'),
        lt(mediaAssets.createdAt, opts.olderThan),
        opts.ownerId ? eq(mediaAssets.ownerId, opts.ownerId) : undefined,
      ),
    )
    .orderBy(asc(mediaAssets.createdAt))
    .limit(opts.limit);
  return rows.map((r) => r.id);
}
