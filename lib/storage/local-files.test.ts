import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openStoredFile, resolveInRoot, writeStoredFile } from './local-files';

describe('resolveInRoot', () => {
  const root = '/srv/zhishi/media';

  it('UPLOAD-4: resolves a normal key inside the root', () => {
    expect(resolveInRoot('media/abc/x.webp', root)).toBe('/srv/zhishi/media/media/abc/x.webp');
  });

  it.each([
    '../x',
    '../../etc/passwd',
    'media/../../outside',
    '/etc/passwd',
    'media\\..\\..\\x',
    'media/x\0.png',
    '',
    '.',
    'media/..',
  ])('UPLOAD-4: throws when the key %j escapes or names the root', (key) => {
    expect(() => resolveInRoot(key, root)).toThrow();
  });

  it('UPLOAD-4: refuses a sibling directory that shares the root as a prefix', () => {
    expect(() => resolveInRoot('../media-evil/x', root)).toThrow();
  });
});

describe('stored files', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'zhishi-files-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('writes and streams back the same bytes', async () => {
    await writeStoredFile('media/shared/a.bin', Buffer.from('hello'), root);
    const file = await openStoredFile('media/shared/a.bin', root);
    expect(file?.size).toBe(5);
    const text = await new Response(file!.stream).text();
    expect(text).toBe('hello');
  });

  it('returns null when the file is missing', async () => {
    expect(await openStoredFile('media/shared/missing.bin', root)).toBeNull();
  });

  it('UPLOAD-4: does not follow a symlink planted inside the root', async () => {
    const outside = path.join(root, '..', `outside-${path.basename(root)}.txt`);
    await writeFile(outside, 'secret');
    await symlink(outside, path.join(root, 'media', 'shared', 'link.txt'));
    expect(await openStoredFile('media/shared/link.txt', root)).toBeNull();
    await rm(outside);
  });
});
