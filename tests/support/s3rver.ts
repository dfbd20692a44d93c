import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A local S3-compatible server for tests: s3rver 3.7.1 in this process, on a free port, completed
 * with the two multipart calls @tus/s3-store makes that s3rver does not implement (it answers both
 * with 405 MethodNotAllowed):
 * - ListParts (`GET /<bucket>/<key>?uploadId=…`): tus reads an upload's offset from its parts on
 *   every HEAD and PATCH, and treats NoSuchUpload as "finished".
 * - AbortMultipartUpload (`DELETE /<bucket>/<key>?uploadId=…`): tus's DELETE (cancel) and its
 *   remove() after an upload has been verified.
 * Both answer from s3rver's own store, where UploadPart keeps each part as
 * `<bucket>/._S3rver_uploads/<uploadId>/<partNumber>` (+ `.md5`) beside a `key` file, and
 * CompleteMultipartUpload deletes that folder. Every other call @tus/s3-store and lib/storage make
 * (CreateMultipartUpload, UploadPart, CompleteMultipartUpload, Put/Get/Head/Delete/CopyObject,
 * DeleteObjects) s3rver answers itself. None of this is product code: it lives only in the harness.
 */
export type LocalS3 = {
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  close(): Promise<void>;
};

type KoaContext = {
  method: string;
  path: string;
  query: Record<string, string | undefined>;
  params: Record<string, string>;
  status: number;
  body: unknown;
  store: { getResourcePath(bucket: string, key: undefined, resource: string): string };
};
type Next = () => Promise<void>;
type Middleware = (ctx: KoaContext, next: Next) => Promise<void>;
type S3rverInstance = {
  middleware: Middleware[];
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
};

// s3rver ships no types; its error class renders S3's XML error body with the right status.
const require = createRequire(import.meta.url);
const S3rver = require('s3rver') as new (opts: Record<string, unknown>) => S3rverInstance;
const S3Error = require('s3rver/lib/models/error') as new (code: string, message?: string) => Error;
const authentication = require('s3rver/lib/middleware/authentication') as () => Middleware;

const S3_XMLNS = 'http://s3.amazonaws.com/doc/2006-03-01/';
const noSuchUpload = () =>
  new S3Error(
    'NoSuchUpload',
    'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.',
  );

/** The folder s3rver keeps a multipart upload's parts in, if `uploadId` is one of its uploads for `key`. */
async function uploadDir(ctx: KoaContext, bucket: string, key: string, uploadId: string) {
  // s3rver's upload ids are 16 random bytes in hex; anything else cannot name one of its folders.
  if (!/^[0-9a-f]{32}$/.test(uploadId)) throw noSuchUpload();
  const dir = path.join(ctx.store.getResourcePath(bucket, undefined, 'uploads'), uploadId);
  const owner = await readFile(path.join(dir, 'key'), 'utf8').catch(() => null);
  if (owner !== key) throw noSuchUpload();
  return dir;
}

/** ListParts: the stored parts in order, paged by part-number-marker and max-parts as S3 does. */
async function listParts(ctx: KoaContext, bucket: string, key: string, uploadId: string) {
  const dir = await uploadDir(ctx, bucket, key, uploadId);
  const marker = Number(ctx.query['part-number-marker'] ?? 0);
  const maxParts = Math.min(Number(ctx.query['max-parts'] ?? 1000), 1000);
  const numbers = (await readdir(dir))
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((n) => n > marker)
    .sort((a, b) => a - b);
  const page = numbers.slice(0, maxParts);
  const parts = await Promise.all(
    page.map(async (n) => {
      const file = path.join(dir, String(n));
      const [info, md5] = await Promise.all([stat(file), readFile(`${file}.md5`, 'utf8')]);
      return {
        PartNumber: n,
        LastModified: info.mtime.toISOString(),
        ETag: JSON.stringify(md5),
        Size: info.size,
      };
    }),
  );
  const truncated = numbers.length > page.length;
  // A plain object: s3rver's own response middleware serialises it as XML.
  ctx.body = {
    ListPartsResult: {
      '@': { xmlns: S3_XMLNS },
      Bucket: bucket,
      Key: key,
      UploadId: uploadId,
      PartNumberMarker: marker,
      ...(truncated ? { NextPartNumberMarker: page.at(-1) } : {}),
      MaxParts: maxParts,
      IsTruncated: truncated,
      ...(parts.length ? { Part: parts } : {}),
    },
  };
}

/** AbortMultipartUpload: drops the parts; the upload is then gone (NoSuchUpload) as on S3. */
async function abortUpload(ctx: KoaContext, bucket: string, key: string, uploadId: string) {
  await rm(await uploadDir(ctx, bucket, key, uploadId), { recursive: true, force: true });
  ctx.status = 204;
  ctx.body = null;
}

/** Koa middleware placed before s3rver's router: the two calls above, else s3rver as it is. */
const completeMultipart: Middleware = async (ctx, next) => {
  const match = /^\/([^/]+)\/(.+)$/.exec(ctx.path);
  const uploadId = ctx.query.uploadId;
  const handler =
    ctx.method === 'GET' ? listParts : ctx.method === 'DELETE' ? abortUpload : undefined;
  if (!match || uploadId === undefined || !handler) return next();
  const [bucket, key] = [decodeURIComponent(match[1]!), decodeURIComponent(match[2]!)];
  ctx.params = { bucket, key };
  // s3rver's own credential check first, as for the calls it routes itself.
  await authentication()(ctx, () => handler(ctx, bucket, key, uploadId));
};

/** Starts the completed s3rver with one empty bucket, its objects in a temporary folder removed on close. */
export async function startS3rver(bucket = 'zhishi-test'): Promise<LocalS3> {
  const dir = await mkdtemp(path.join(tmpdir(), 's3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: dir,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  // Koa composes its middleware list when the server starts: ours goes just before the router (last).
  server.middleware.splice(server.middleware.length - 1, 0, completeMultipart);
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    // s3rver's one built-in account; it checks the access key of each request.
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    async close() {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
