/**
 * `npm run payments:reconcile`: the daily PAY-9 job. Compares Stripe's last three days with our orders
 * and applies what the webhook missed (lib/payments/reconcile.ts); alerts go to the log. Schedule it
 * once a day (cron or the host's scheduler). Reads .env.local and .env when present.
 */
import { existsSync } from 'node:fs';

for (const file of ['.env.local', '.env']) if (existsSync(file)) process.loadEnvFile(file);

const { pool } = await import('@/db');
const { reconcilePayments } = await import('@/lib/payments/reconcile');

try {
  const r = await reconcilePayments();
  console.log(
    `Reconciled ${r.checked} Stripe objects: ${r.fixed.length} orders fixed, ${r.mismatched.length} amount mismatches${r.webhookSilent ? ', webhook endpoint silent' : ''}.`,
  );
  for (const f of r.fixed) console.log(`  fixed ${f.orderId}: ${f.from} → ${f.to}`);
  for (const id of r.mismatched)
    console.log(`  MISMATCH ${id}: Stripe's amount differs; not fulfilled`);
  if (r.mismatched.length > 0 || r.webhookSilent) process.exitCode = 2;
} catch (err) {
  console.error('payments:reconcile failed:', err);
  process.exitCode = 1;
} finally {
  await pool.end();
}
