import type { UserRole } from '@/db/schema';

export type DemoAccount = { role: UserRole; email: string; password: string; note?: string };

/** Shared by every demo sign-in so the README can print one password. */
export const DEMO_PASSWORD = 'zhishi-demo-2026';

/**
 * Fixed base32 TOTP secret of the demo admin (admins must use two-factor sign-in). Public on purpose:
 * it only ever protects seeded demo data; `npx tsx scripts/totp.ts` prints the current code.
 */
export const DEMO_ADMIN_TOTP_SECRET = 'ZHISHIDEMOADMINTOTPSECRETTWOSIXQ';

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    role: 'learner',
    email: 'learner@zhishi.dev',
    password: DEMO_PASSWORD,
    note: 'Enrolled in several courses (two Chinese programming courses), with progress and a review',
  },
  {
    role: 'creator',
    email: 'creator@zhishi.dev',
    password: DEMO_PASSWORD,
    note: 'Owns about ten courses (published, draft, in review, rejected, archived) with sales',
  },
  {
    role: 'admin',
    email: 'admin@zhishi.dev',
    password: DEMO_PASSWORD,
    note: 'Two-factor sign-in: `npx tsx scripts/totp.ts` prints the current code',
  },
];

export function demoAccount(role: UserRole): DemoAccount {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!account) throw new Error(`no demo account for role ${role}`);
  return account;
}
