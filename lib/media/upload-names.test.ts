import { describe, expect, it } from 'vitest';

import { extensionOf, sanitizeDisplayName, storageKeyFor } from '@/lib/media/upload-names';

const COURSE = 'Abcdefghijklmnopqrstuv';

describe('upload names', () => {
  it('UPLOAD-4: a display name keeps no directory, control character, quote or bidi trick', () => {
    expect(sanitizeDisplayName('../../../../tmp/pwn.mp4')).toBe('pwn.mp4');
    expect(sanitizeDisplayName('..\\..\\.env')).toBe('env');
    expect(sanitizeDisplayName('a"\r\nSet-Cookie: x=1.pdf')).toBe('aSet-Cookie x=1.pdf');
    expect(sanitizeDisplayName('evil\u202Egpj.exe')).toBe('evilgpj.exe');
    expect(sanitizeDisplayName('nul\0byte.png')).toBe('nulbyte.png');
    expect(sanitizeDisplayName('/')).toBe('file');
    expect(sanitizeDisplayName('课程 第一讲.mp4')).toBe('课程 第一讲.mp4');
    expect(sanitizeDisplayName('x'.repeat(400) + '.mp4')).toHaveLength(255);
  });

  it('UPLOAD-4: storageKeyFor never carries anything from the client name', () => {
    const key = storageKeyFor(COURSE, 'mp4');
    expect(key).toMatch(/^media\/Abcdefghijklmnopqrstuv\/[0-9A-Za-z]{22}\.mp4$/);
    expect(storageKeyFor(COURSE, 'mp4')).not.toBe(key);
    expect(() => storageKeyFor('../../etc/passwd', 'mp4')).toThrow();
    expect(() => storageKeyFor(COURSE, '../x')).toThrow();
  });

  it('reads the extension in lower case', () => {
    expect(extensionOf('Lesson.MP4')).toBe('mp4');
    expect(extensionOf('noext')).toBe('');
    expect(extensionOf('archive.tar.gz')).toBe('gz');
  });
});
