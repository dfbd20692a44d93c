import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createLocalStorage } from '@/lib/storage/local-storage';
import { readAll, type Storage } from '@/lib/storage/storage';

let root: string;
let storage: Storage;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'media-root-'));
  storage = createLocalStorage(root);
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('local storage', () => {
  it('writes files 0640 under the root and streams ranges back', async () => {
    await storage.put('media/c1/a.bin', Buffer.from('0123456789'), 'application/octet-stream');
    const s = await stat(path.join(root, 'media/c1/a.bin'));
    expect(s.mode & 0o777).toBe(0o640);
    expect(await storage.stat('media/c1/a.bin')).toEqual({ size: 10 });
    const part = await storage.open('media/c1/a.bin', () => ({ start: 2, end: 4 }));
    expect((await readAll(part!.stream)).toString()).toBe('234');
    await storage.delete('media/c1/a.bin');
    expect(await storage.open('media/c1/a.bin')).toBeNull();
  });

  it('UPLOAD-4: refuses keys that escape the root', async () => {
    await expect(storage.put('../escape.bin', Buffer.from('x'), 'text/plain')).rejects.toThrow();
    await expect(storage.stat('/etc/passwd')).rejects.toThrow();
    expect(await readdir(path.dirname(root))).not.toContain('escape.bin');
  });

  it('promotes a finished upload by rename and drops its tus info file', async () => {
    const id = 'Abcdefghijklmnopqrstuv';
    await writeFile(path.join(root, storage.uploadKey(id)), 'bytes');
    await writeFile(path.join(root, `${storage.uploadKey(id)}.json`), '{}');
    await storage.promoteUpload(id, 'media/c2/x.mp4', 'video/mp4');
    expect(await storage.stat(storage.uploadKey(id))).toBeNull();
    expect(await readdir(path.join(root, 'uploads'))).not.toContain(`${id}.json`);
    expect(await storage.stat('media/c2/x.mp4')).toEqual({ size: 5 });
  });
});
