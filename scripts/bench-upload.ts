/**
 * `npm run bench:upload -- --url http://127.0.0.1:3000 --pid <server pid> [--mib 2048]`
 * (printed, never asserted). Against a running production server (`next build && next start`,
 * seeded): signs in as the seeded creator, uploads a generated 2 GiB "video" (an ftyp box, then
 * filler: nothing is read from disk or git) through tus in 8 MiB chunks, and prints MB/s, the
 * server's peak RSS growth (VmRSS of --pid sampled every 100 ms) and how long a resume takes after
 * the connection is killed mid-upload (HEAD for the offset, then the next chunk accepted).
 * The uploaded media stays in the creator's library (it is a valid upload).
 */
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';

import * as tus from 'tus-js-client';

import { UPLOAD_CHUNK_BYTES } from '@/lib/media/upload-limits';

import { DEMO_ACCOUNTS } from './seed/accounts';

const MIB = 1024 * 1024;
const { values: args } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:3000' },
    pid: { type: 'string' },
    mib: { type: 'string', default: '2048' },
    'resume-mib': { type: 'string', default: '256' },
  },
});
const BASE = args.url.replace(/\/$/, '');
const creator = DEMO_ACCOUNTS.find((a) => a.role === 'creator')!;

/** Cookie jar of one: the name=value pairs a response set. */
function cookiesOf(res: Response, jar: Map<string, string>) {
  for (const line of res.headers.getSetCookie()) {
    const [pair = ''] = line.split(';');
    const at = pair.indexOf('=');
    jar.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

async function signIn(): Promise<string> {
  const jar = new Map<string, string>();
  const csrfRes = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: cookiesOf(csrfRes, jar),
      origin: BASE,
    },
    body: new URLSearchParams({ email: creator.email, password: creator.password, csrfToken }),
  });
  const cookie = cookiesOf(res, jar);
  if (!jar.has('authjs.session-token')) throw new Error(`sign-in failed (${res.status})`);
  return cookie;
}

async function ownCourseId(cookie: string): Promise<string> {
  const html = await (await fetch(`${BASE}/studio/courses`, { headers: { cookie } })).text();
  const id = /\/studio\/courses\/([0-9A-Za-z]{22})/.exec(html)?.[1];
  if (!id) throw new Error('no course found on /studio/courses (is the database seeded?)');
  return id;
}

/** `bytes` of an MP4-looking stream: a real ftyp box so the server's sniffing accepts it. */
function generatedVideo(bytes: number): Readable {
  const ftyp = Buffer.from('000000186674797069736f6d0000020069736f6d69736f32', 'hex');
  const block = Buffer.alloc(MIB, 0x5a);
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= bytes) return this.push(null);
      const chunk = sent === 0 ? Buffer.concat([ftyp, block]) : block;
      const part = chunk.subarray(0, Math.min(chunk.length, bytes - sent));
      sent += part.length;
      this.push(part);
    },
  });
}

function rssSampler(pid: string | undefined) {
  const read = () => {
    if (!pid) return 0;
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  };
  const base = read();
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, read())), 100);
  return { stop: () => (clearInterval(timer), { base, peak }) };
}

function upload(
  cookie: string,
  courseId: string,
  bytes: number,
  name: string,
  hooks: { onProgress?: (sent: number) => void } = {},
) {
  let instance!: tus.Upload;
  const done = new Promise<string>((resolve, reject) => {
    instance = new tus.Upload(generatedVideo(bytes), {
      endpoint: `${BASE}/api/uploads`,
      uploadSize: bytes,
      chunkSize: UPLOAD_CHUNK_BYTES,
      headers: { cookie },
      metadata: { kind: 'video', filename: name, courseId },
      retryDelays: [],
      storeFingerprintForResuming: false,
      onProgress: (sent) => hooks.onProgress?.(sent),
      onError: reject,
      onSuccess: () => resolve(instance.url!),
    });
    instance.start();
  });
  return { instance, done };
}

async function main() {
  const mib = Number(args.mib);
  const cookie = await signIn();
  const courseId = await ownCourseId(cookie);
  console.log(
    `bench:upload → ${BASE}, course ${courseId}, ${mib} MiB, server pid ${args.pid ?? '(none)'}`,
  );

  const rss = rssSampler(args.pid);
  const t0 = performance.now();
  const url = await upload(cookie, courseId, mib * MIB, 'bench.mp4').done;
  const seconds = (performance.now() - t0) / 1000;
  const { base, peak } = rss.stop();
  console.log(`upload:   ${(mib / seconds).toFixed(1)} MiB/s (${seconds.toFixed(1)} s), ${url}`);
  if (args.pid) {
    console.log(
      `rss:      base ${(base / MIB).toFixed(0)} MiB, peak growth ${((peak - base) / MIB).toFixed(0)} MiB`,
    );
  }

  // Resume: kill the connection a quarter in, then time HEAD + the first accepted chunk.
  const total = Number(args['resume-mib']) * MIB;
  const first = upload(cookie, courseId, total, 'bench-resume.mp4', {
    onProgress: (sent) => {
      if (sent >= total / 4) void first.instance.abort();
    },
  });
  first.done.catch(() => undefined);
  while (!first.instance.url) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 1500));
  // The resume is the protocol itself: HEAD for the offset, then PATCH the rest in chunks.
  const path = new URL(first.instance.url, BASE).pathname;
  const r0 = performance.now();
  const head = await fetch(`${BASE}${path}`, {
    method: 'HEAD',
    headers: { cookie, 'tus-resumable': '1.0.0' },
  });
  let offset = Number(head.headers.get('upload-offset'));
  const headMs = performance.now() - r0;
  const resumedAt = offset;
  let firstChunkMs = 0;
  const filler = Buffer.alloc(UPLOAD_CHUNK_BYTES, 0x5a);
  while (offset < total) {
    const body = filler.subarray(0, Math.min(UPLOAD_CHUNK_BYTES, total - offset));
    const res = await fetch(`${BASE}${path}`, {
      method: 'PATCH',
      headers: {
        cookie,
        'tus-resumable': '1.0.0',
        'upload-offset': String(offset),
        'content-type': 'application/offset+octet-stream',
      },
      body,
    });
    if (res.status === 409) {
      // The killed request was still being written when HEAD answered: ask again, as tus clients do.
      const again = await fetch(`${BASE}${path}`, {
        method: 'HEAD',
        headers: { cookie, 'tus-resumable': '1.0.0' },
      });
      offset = Number(again.headers.get('upload-offset'));
      continue;
    }
    if (res.status !== 204) throw new Error(`PATCH ${res.status}: ${await res.text()}`);
    offset = Number(res.headers.get('upload-offset'));
    firstChunkMs ||= performance.now() - r0;
  }
  console.log(
    `resume:   HEAD (offset ${(resumedAt / MIB).toFixed(0)} MiB) ${headMs.toFixed(0)} ms; first chunk after resume accepted at ${firstChunkMs.toFixed(0)} ms; rest done in ${((performance.now() - r0) / 1000).toFixed(1)} s`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
