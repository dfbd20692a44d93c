import { DEMO_ACCOUNTS, type DemoAccount } from './seed/accounts';

/** Plain-text table of the demo sign-ins, printed at the end of `npm run demo`. */
function formatAccounts(accounts: DemoAccount[]): string {
  const head = ['Role', 'Email', 'Password', 'Note'];
  const rows = accounts.map((a) => [a.role, a.email, a.password, a.note ?? '']);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

console.log(formatAccounts(DEMO_ACCOUNTS));
