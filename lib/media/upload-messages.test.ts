import { describe, expect, it } from 'vitest';

import {
  formatBytes,
  formatClock,
  shouldRetryUpload,
  uploadErrorKey,
} from '@/lib/media/upload-messages';

const answered = (status: number, body: string) =>
  Object.assign(new Error('x'), {
    originalResponse: { getStatus: () => status, getBody: () => body },
  });

describe('upload messages', () => {
  it("reads the server's message key, else a key for the status or the lost connection", () => {
    const body = JSON.stringify({ error: { key: 'StudioMedia.errors.quota', message: '…' } });
    expect(uploadErrorKey(answered(413, body))).toBe('StudioMedia.errors.quota');
    expect(uploadErrorKey(answered(413, '<html>nginx</html>'))).toBe('StudioMedia.errors.tooLarge');
    expect(uploadErrorKey(answered(502, 'Bad gateway'))).toBe('Errors.generic');
    expect(uploadErrorKey(answered(400, '{"error":{"key":"<b>x</b>"}}'))).toBe('Errors.generic');
    expect(uploadErrorKey(new Error('offline'))).toBe('StudioMedia.errors.network');
  });

  it('retries network failures, offset conflicts and server errors, not refusals', () => {
    expect(shouldRetryUpload(new Error('offline'))).toBe(true);
    expect(shouldRetryUpload(answered(409, ''))).toBe(true);
    expect(shouldRetryUpload(answered(503, ''))).toBe(true);
    expect(shouldRetryUpload(answered(400, ''))).toBe(false);
    expect(shouldRetryUpload(answered(413, ''))).toBe(false);
    expect(shouldRetryUpload(answered(404, ''))).toBe(false);
  });

  it('formats sizes and clock times', () => {
    expect(formatBytes(2 * 1024 ** 3)).toBe('2 GB');
    expect(formatBytes(300 * 1024 ** 2)).toBe('300 MB');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(12)).toBe('12 B');
    expect(formatClock(83)).toBe('1:23');
    expect(formatClock(3723)).toBe('1:02:03');
  });
});
