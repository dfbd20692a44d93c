import { Writable } from 'node:stream';

import { describe, expect, it } from 'vitest';

import { createLogger } from '@/lib/logger';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  const log = createLogger(stream);
  log.level = 'info';
  return { log, lines };
}

describe('logger redaction', () => {
  it('DATA-3: passwords, tokens, cookies, emails and codes never reach a log line', () => {
    const { log, lines } = capture();
    log.info(
      {
        password: 'p@ss',
        token: 'abc',
        headers: { cookie: 's=1' },
        user: { email: 'a@b.c', currentPassword: 'old-pw' },
        code: '123456',
      },
      'event',
    );
    const out = lines.join('');
    for (const secret of ['p@ss', 'abc', 's=1', 'a@b.c', 'old-pw', '123456'])
      expect(out).not.toContain(secret);
    expect(out).toContain('[redacted]');
  });
});
