/**
 * `npm run bench:webhook` (printed, never asserted): signed `checkout.session.completed` events sent
 * to the production server (`next start`, needs a prior `next build`) at 1 and 16 connections.
 * Prints events/s and p50/p99 beside two floors of the same server, the trivial route GET
 * /api/health/live: once through the same fetch client (what this loop can reach) and once with
 * autocannon for BENCH_FLOOR_SECONDS (10) as recs:bench measures it (what the framework can serve),
 * each with the webhook's share of it. Then checks exactly-once effects: one paid order, one
 * enrolment and two ledger lines per event, and that redelivering every event changes nothing.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

import { createConnection, type RowDataPacket } from 'mysql2/promise';

import {
  createDatabaseIfMissing,
  databaseUrl,
  dropDatabase,
  migrateDatabase,
  REPO_ROOT,
  resolveServerUrl,
} from './lib/database';
import { line, measure } from './lib/recs-bench-http';
import { startEmulator } from './stripe-emulator/server';
import type { StripeEvent } from './stripe-emulator/state';

const PORT = Number(process.env.BENCH_PORT ?? 3190);
const EMULATOR_PORT = PORT + 10000;
const BASE = `http://127.0.0.1:${PORT}`;
const SECRET = 'whsec_local_emulator_secret';
const PER_RUN = Number(process.env.BENCH_EVENTS ?? 300);
const FLOOR_SECONDS = Number(process.env.BENCH_FLOOR_SECONDS ?? 10);
const id = (n = 22) => randomBytes(n).toString('base64url').replace(/[-_]/g, 'x').slice(0, n);

async function drive(total: number, conns: number, send: (i: number) => Promise<void>) {
  const lat: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: conns }, async () => {
      while (next < total) {
        const i = next++;
        const t = performance.now();
        await send(i);
        lat.push(performance.now() - t);
      }
    }),
  );
  const secs = (performance.now() - started) / 1000;
  lat.sort((a, b) => a - b);
  const q = (p: number) => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))]!.toFixed(1);
  return { perSec: Math.round(total / secs), p50: q(0.5), p99: q(0.99) };
}

async function main() {
  const server = await resolveServerUrl();
  const name = `zhishi_bench_${randomBytes(4).toString('hex')}`;
  await createDatabaseIfMissing(server, name);
  const url = databaseUrl(server, name);
  await migrateDatabase(url);
  const conn = await createConnection({ uri: url });
  const emu = await startEmulator({
    port: EMULATOR_PORT,
    webhookSecret: SECRET,
    deliver: async () => undefined,
  });
  // The next binary itself (not npx), so SIGTERM reaches the server and nothing is left running.
  const app = spawn(
    path.join(REPO_ROOT, 'node_modules/.bin/next'),
    ['start', '-p', String(PORT), '-H', '127.0.0.1'],
    {
      env: {
        ...process.env,
        DATABASE_URL: url,
        AUTH_SECRET: randomBytes(32).toString('hex'),
        APP_ENV: 'test',
        LOG_LEVEL: 'warn',
        NEXT_TELEMETRY_DISABLED: '1',
        STRIPE_EMULATOR_URL: emu.url,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  try {
    for (
      let i = 0;
      i < 120 &&
      !(await fetch(`${BASE}/api/health/live`).then(
        (r) => r.ok,
        () => false,
      ));
      i++
    )
      await new Promise((r) => setTimeout(r, 500));

    // Fixtures: one creator and course; one learner, order and paid session per event.
    const creator = id();
    const courseId = id();
    const categoryId = id();
    await conn.query('INSERT INTO users (id, email, name, role) VALUES (?, ?, ?, ?)', [
      creator,
      `${creator}@bench.local`,
      'Bench',
      'creator',
    ]);
    await conn.query('INSERT INTO categories (id, slug, name_en, name_zh) VALUES (?, ?, ?, ?)', [
      categoryId,
      `bench-${categoryId}`,
      'Bench',
      '基准',
    ]);
    await conn.query(
      `INSERT INTO courses (id, slug, creator_id, category_id, title, description, language, price_minor, currency, status)
       VALUES (?, ?, ?, ?, 'Bench', 'x', 'en', 2000, 'USD', 'published')`,
      [courseId, `bench-${courseId}`, creator, categoryId],
    );
    const events: StripeEvent[] = [];
    for (let i = 0; i < 2 * PER_RUN; i++) {
      const user = id();
      const order = id();
      await conn.query('INSERT INTO users (id, email, name) VALUES (?, ?, ?)', [
        user,
        `${user}@bench.local`,
        'L',
      ]);
      await conn.query(
        `INSERT INTO orders (id, user_id, course_id, creator_id, list_price_minor, amount_minor, currency, status)
         VALUES (?, ?, ?, ?, 2000, 2000, 'USD', 'pending')`,
        [order, user, courseId, creator],
      );
      const sid = `cs_test_bench${i}`;
      emu.state.sessions.set(sid, {
        id: sid,
        object: 'checkout.session',
        amount_total: 2000,
        currency: 'usd',
        client_reference_id: order,
        metadata: { order_id: order },
        mode: 'payment',
        payment_method_types: ['card'],
        payment_status: 'unpaid',
        status: 'open',
        payment_intent: null,
        success_url: '',
        cancel_url: '',
        url: null,
        created: Math.floor(Date.now() / 1000),
        expires_at: 0,
        customer_email: null,
        line_items_name: 'Bench',
      });
      events.push(...emu.state.pay(emu.state.sessions.get(sid)!, 'card'));
    }
    const post = async (ev: StripeEvent) => {
      const payload = JSON.stringify(ev);
      const res = await fetch(`${BASE}/api/stripe/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'stripe-signature': emu.sign(payload) },
        body: payload,
      });
      if (!res.ok) throw new Error(`webhook ${res.status}`);
      await res.arrayBuffer();
    };
    const floorGet = async () =>
      void (await (await fetch(`${BASE}/api/health/live`)).arrayBuffer());
    await drive(200, 4, floorGet); // warm-up
    console.log(
      `Webhook benchmark: ${PER_RUN} fresh events per row, ${BASE}; floor = GET /api/health/live`,
    );
    const share = (perSec: number, floorPerSec: number) =>
      `${Math.round((perSec / floorPerSec) * 100)}%`;
    for (const [k, conns] of [
      [0, 1],
      [1, 16],
    ] as const) {
      const floor = await drive(PER_RUN, conns, floorGet);
      const cannon = await measure(app.pid ?? null, {
        url: `${BASE}/api/health/live`,
        connections: conns,
        duration: FLOOR_SECONDS,
      });
      const batch = events.slice(k * PER_RUN, (k + 1) * PER_RUN);
      const hook = await drive(PER_RUN, conns, (i) => post(batch[i]!));
      console.log(` ${conns} connection${conns > 1 ? 's' : ''}:`);
      console.log(
        `  ${'webhook POST, fetch client'.padEnd(34)} ${String(hook.perSec).padStart(6)} events/s   p50 ${hook.p50} ms  p99 ${hook.p99} ms`,
      );
      console.log(
        `  ${'floor, fetch client'.padEnd(34)} ${String(floor.perSec).padStart(6)} req/s   p50 ${floor.p50} ms  p99 ${floor.p99} ms`,
      );
      console.log(line(`floor, autocannon ${FLOOR_SECONDS} s`, cannon));
      console.log(
        `  → webhook ${share(hook.perSec, floor.perSec)} of the fetch-client floor, ${share(hook.perSec, cannon.requests.average)} of the autocannon floor; target ≥ 500/s: ${hook.perSec >= 500 ? 'met' : 'NOT met'}`,
      );
    }
    const counts = async () => {
      const [rows] = await conn.query<RowDataPacket[]>(
        `SELECT (SELECT COUNT(*) FROM orders WHERE status='paid') AS paid,
                (SELECT COUNT(*) FROM enrollments WHERE status='active') AS enrolled,
                (SELECT COUNT(*) FROM earnings_ledger) AS ledger,
                (SELECT COUNT(*) FROM payment_events) AS events`,
      );
      return rows[0] as { paid: number; enrolled: number; ledger: number; events: number };
    };
    const before = await counts();
    await drive(events.length, 16, (i) => post(events[i]!)); // every event again
    const after = await counts();
    const n = events.length;
    const ok =
      before.paid === n &&
      before.enrolled === n &&
      before.ledger === 2 * n &&
      before.events === n &&
      JSON.stringify(before) === JSON.stringify(after);
    console.log(
      `  exactly-once: ${JSON.stringify(before)} after redelivery ${JSON.stringify(after)} → ${ok ? 'OK' : 'MISMATCH'}`,
    );
  } finally {
    app.kill('SIGTERM');
    await emu.close();
    await conn.end();
    await dropDatabase(server, name);
  }
}

await main();
