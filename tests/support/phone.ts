import { listSmsOutbox } from '@/lib/data/sms-outbox';
import { resetRequest, setClientIp } from '@/tests/support/next-headers';

// Random per test file (tests share one database), then counted up: no two calls collide.
let counter = Math.floor(Math.random() * 90_000_000);

/** A fresh mainland mobile number (E.164) per call, so per-phone windows never leak between tests. */
export function freshPhone(): string {
  counter += 1;
  return `+86139${String(counter % 100_000_000).padStart(8, '0')}`;
}

let ipCounter = Math.floor(Math.random() * 60_000);
/** A fresh client address in its own /24, so per-IP and per-network windows start empty. */
export function freshIp(): string {
  ipCounter += 1;
  const k = ipCounter % 65_536;
  return `10.${k >> 8}.${k & 255}.7`;
}

export function asClient(ip: string): void {
  resetRequest();
  setClientIp(ip);
}

/** The six digits of the newest code SMS to this number, from the test outbox. */
export async function lastSmsCode(phone: string): Promise<string | null> {
  const [sms] = (await listSmsOutbox(10, phone)).filter((m) => m.template === 'code');
  return sms?.body?.match(/\d{6}/)?.[0] ?? null;
}
