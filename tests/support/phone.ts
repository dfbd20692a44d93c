import { listSmsOutbox } from '@/lib/data/sms-outbox';
import { resetRequest, setClientIp } from '@/tests/support/next-headers';

let counter = 0;

/** A fresh mainland mobile number (E.164) per call, so per-phone windows never leak between tests. */
export function freshPhone(): string {
  counter += 1;
  const n = (Date.now() % 1_000_000) * 100 + counter;
  return `+86139${String(n).padStart(8, '0').slice(-8)}`;
}

let ipCounter = 0;
/** A fresh client address in its own /24, so per-IP and per-network windows start empty. */
export function freshIp(): string {
  ipCounter += 1;
  const seed = (Date.now() % 200) + ipCounter;
  return `10.${Math.floor(seed / 250) % 250}.${seed % 250}.7`;
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
