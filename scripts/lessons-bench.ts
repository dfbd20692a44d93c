/**
 * `npm run bench:lessons`: the lesson page and the media route against the production build (needs a
 * prior `next build`), on its own fresh database and a free port. Printed, never asserted:
 * - lesson page p50/p99 at 1 and 16 connections, next to the trivial route of the same server and
 *   the course page of the same course (the storefront shell's cost);
 * - a 100 MB lesson file read by 16 parallel range readers (1 MB ranges): throughput, and the
 *   server's resident memory during it next to idle, next to reading the same file from disk here;
 * - `POST /api/events` with full batches (50 valid events) from visitors, events/s at 1 and 16
 *   connections next to the trivial route; each request comes from its own forwarded address and has
 *   no anonymous cookie, so the per-IP and per-visitor limits (ABUSE-4) do not cap the figure.
 * Flags: --duration 10 --size-mb 100 --readers 16
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { encode } from 'next-auth/jwt';

import { newId } from '@/lib/ids';
import { signedMediaQuery } from '@/lib/media/signing';

import {
  createDatabaseIfMissing,
  databaseUrl,
  dropDatabase,
  migrateDatabase,
  REPO_ROOT,
  resolveServerUrl,
} from './lib/database';
import { childPidOf, freePort, line, measure, waitReady } from './lib/recs-bench-http';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    'size-mb': { type: 'string', default: '100' },
    readers: { type: 'string', default: '16' },
  },
});
const DURATION = Number(values.duration);
const SIZE = Number(values['size-mb']) * 1024 * 1024;
const READERS = Number(values.readers);
const CHUNK = 1024 * 1024;
const SESSION_COOKIE = 'authjs.session-token';

/** Resident memory of a process in MB, from /proc (Linux only). */
function rssMb(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

async function writeBigFile(full: string) {
  await mkdir(path.dirname(full), { recursive: true });
  const handle = await open(full, 'w');
  const block = randomBytes(CHUNK);
  for (let at = 0; at < SIZE; at += CHUNK) await handle.write(block, 0, Math.min(CHUNK, SIZE - at));
  await handle.close();
}

async function seed(mediaRoot: string) {
  const { db } = await import('@/db');
  const s = await import('@/db/schema');
  const [creator, learner, categoryId, courseId, sectionId, lessonId, mediaId] = Array.from(
    { length: 7 },
    () => newId(),
  ) as [string, string, string, string, string, string, string];
  await db.insert(s.users).values([
    { id: creator, email: 'bench-creator@bench.local', name: 'Creator', role: 'creator' },
    { id: learner, email: 'bench-learner@bench.local', name: 'Learner' },
  ]);
  await db.insert(s.categories).values({ id: categoryId, slug: 'bench', nameEn: 'B', nameZh: 'B' });
  await db.insert(s.courses).values({
    id: courseId,
    slug: 'bench-course',
    creatorId: creator,
    categoryId,
    title: 'Bench course',
    description: 'Bench',
    language: 'en',
    priceMinor: 1000,
    currency: 'USD',
    status: 'published',
  });
  await db.insert(s.courseSections).values({ id: sectionId, courseId, title: 'S', position: 0 });
  const storageKey = `media/bench/${mediaId}.mp4`;
  await writeBigFile(path.resolve(mediaRoot, storageKey));
  await db.insert(s.mediaAssets).values({
    id: mediaId,
    ownerId: creator,
    kind: 'video',
    status: 'ready',
    storageKey,
    mimeType: 'video/mp4',
    sizeBytes: SIZE,
    originalName: 'bench.mp4',
  });
  await db.insert(s.lessons).values(
    Array.from({ length: 20 }, (_, i) => ({
      id: i === 0 ? lessonId : newId(),
      courseId,
      sectionId,
      title: `Lesson ${i + 1}`,
      kind: 'video' as const,
      position: i,
      body: 'Notes for this lesson.',
      mediaId,
      durationSec: 600,
    })),
  );
  await db.insert(s.enrollments).values({ id: newId(), userId: learner, courseId, source: 'free' });
  return { learner, courseId, lessonId, storageKey };
}

/** 16 readers split the file and fetch it in 1 MB ranges, as a seeking player would. */
async function rangeReaders(url: string, cookie: string) {
  const per = Math.ceil(SIZE / READERS);
  let bytes = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: READERS }, async (_, r) => {
      for (let at = r * per; at < Math.min(SIZE, (r + 1) * per); at += CHUNK) {
        const end = Math.min(at + CHUNK, (r + 1) * per, SIZE) - 1;
        const res = await fetch(url, { headers: { cookie, range: `bytes=${at}-${end}` } });
        if (res.status !== 206) throw new Error(`range read got ${res.status}`);
        // Read first, then add: `bytes += await …` would add to a stale total across readers.
        const n = (await res.arrayBuffer()).byteLength;
        bytes += n;
      }
    }),
  );
  return { bytes, ms: performance.now() - t0 };
}

async function diskFloor(full: string) {
  const t0 = performance.now();
  let bytes = 0;
  for await (const chunk of createReadStream(full)) bytes += (chunk as Buffer).length;
  return { bytes, ms: performance.now() - t0 };
}

const mbps = (r: { bytes: number; ms: number }) =>
  (r.bytes / 1024 / 1024 / (r.ms / 1000)).toFixed(0);

async function main() {
  if (!existsSync(path.join(REPO_ROOT, '.next/BUILD_ID'))) {
    console.log('bench:lessons: no production build (run `npx next build` first).');
    return;
  }
  const server = await resolveServerUrl();
  const name = `zhishi_lbench_${randomBytes(4).toString('hex')}`;
  const url = databaseUrl(server, name);
  const mediaRoot = path.join(REPO_ROOT, `.bench-media-${name}`);
  await createDatabaseIfMissing(server, name);
  let child: ChildProcess | null = null;
  try {
    await migrateDatabase(url);
    process.env.DATABASE_URL = url;
    process.env.AUTH_SECRET ??= randomBytes(32).toString('hex');
    process.env.MEDIA_SIGNING_KEY = randomBytes(32).toString('hex');
    process.env.MEDIA_ROOT = mediaRoot;
    process.env.LOG_LEVEL = 'warn';
    const seeded = await seed(mediaRoot);
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    // One production server at a time may use .next (team rule): hold the build lock while it runs.
    child = spawn(
      'flock',
      [
        '/tmp/zhishi-build.lock',
        process.execPath,
        path.join(REPO_ROOT, 'node_modules/next/dist/bin/next'),
        'start',
        '-p',
        String(port),
        '-H',
        '127.0.0.1',
      ],
      {
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          NODE_ENV: 'production',
          NEXT_TELEMETRY_DISABLED: '1',
          APP_URL: base,
          // The events bench sends each batch from its own X-Forwarded-For (one trusted proxy).
          TRUSTED_PROXY_HOPS: '1',
        },
        stdio: ['ignore', 'ignore', 'inherit'],
        detached: true,
      },
    );
    console.log('waiting for /tmp/zhishi-build.lock and `next start` …');
    await waitReady(`${base}/api/health/live`, child);
    const pid = child.pid ? childPidOf(child.pid) : null;
    const cookie = `${SESSION_COOKIE}=${await encode({ token: { sub: seeded.learner, uid: seeded.learner, sv: 1 }, secret: process.env.AUTH_SECRET, salt: SESSION_COOKIE, maxAge: 3600 })}`;
    const pageUrl = `${base}/learn/bench-course/${seeded.lessonId}`;
    const first = await fetch(pageUrl, { headers: { cookie } });
    console.log(`lesson page first response: ${first.status}`);
    const run = (u: string, connections: number, extra: Record<string, unknown> = {}) =>
      measure(pid, { url: u, connections, duration: DURATION, ...extra });
    await run(pageUrl, 4, { duration: 3, headers: { cookie } });
    for (const connections of [1, 16]) {
      console.log(`${connections} connection${connections > 1 ? 's' : ''}, ${DURATION} s each:`);
      console.log(
        line('trivial route (/api/health/live)', await run(`${base}/api/health/live`, connections)),
      );
      console.log(
        line(
          'lesson page (enrolled learner)',
          await run(pageUrl, connections, { headers: { cookie } }),
        ),
      );
      // Another storefront page of the same course and viewer: what the shared shell costs.
      console.log(
        line(
          'course page (same learner)',
          await run(`${base}/courses/bench-course`, connections, { headers: { cookie } }),
        ),
      );
    }

    // A full beacon batch as a visitor's page sends it: page views, searches and a course view.
    const batch = JSON.stringify({
      events: Array.from({ length: 50 }, (_, i) =>
        i === 0
          ? { type: 'view', courseId: seeded.courseId }
          : i % 2
            ? { type: 'page_view' }
            : { type: 'search', value: i },
      ),
    });
    const eventsOpts = {
      method: 'POST',
      body: batch,
      headers: { 'content-type': 'text/plain;charset=UTF-8', origin: base },
      forwardedFor: true,
    };
    console.log('POST /api/events, batches of 50 valid events from visitors:');
    for (const connections of [1, 16]) {
      const r = await run(`${base}/api/events`, connections, eventsOpts);
      console.log(
        `${line(`${connections} connection${connections > 1 ? 's' : ''}`, r)}   = ${Math.round(r.requests.average * 50)} events/s`,
      );
    }

    const exp = Math.floor(Date.now() / 1000) + 3600;
    const q = signedMediaQuery(process.env.MEDIA_SIGNING_KEY, {
      userId: seeded.learner,
      lessonId: seeded.lessonId,
      exp,
    });
    const mediaUrl = `${base}/api/media/${seeded.lessonId}?${q}`;
    await new Promise((r) => setTimeout(r, 2000));
    const idle = rssMb(pid);
    let peak = idle ?? 0;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid) ?? 0)), 50);
    const media = await rangeReaders(mediaUrl, cookie);
    clearInterval(sampler);
    const disk = await diskFloor(path.resolve(mediaRoot, seeded.storageKey));
    console.log(
      `media route, ${SIZE / 1024 / 1024} MB file, ${READERS} parallel readers of 1 MB ranges:`,
    );
    console.log(
      `  through the route   ${mbps(media)} MB/s (${(media.bytes / 1024 / 1024).toFixed(0)} MB in ${Math.round(media.ms)} ms)`,
    );
    console.log(`  disk floor (fs read in this process) ${mbps(disk)} MB/s`);
    if (idle !== null) {
      console.log(
        `  server RSS idle ${idle.toFixed(0)} MB, peak during reads ${peak.toFixed(0)} MB (+${(peak - idle).toFixed(0)} MB; target ≤ +50 MB: ${peak - idle <= 50 ? 'met' : 'NOT met'})`,
      );
    }
  } finally {
    if (child?.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    const { pool } = await import('@/db');
    await pool.end().catch(() => undefined);
    await dropDatabase(server, name);
    await rm(mediaRoot, { recursive: true, force: true });
    console.log(`dropped ${name}`);
  }
}

await main();
