import { describe, expect, it } from 'vitest';

import { signMedia, signedMediaQuery, verifyMedia } from './signing';

const KEY = 'k'.repeat(40);
const claims = { userId: 'user-a', lessonId: 'lesson-1', exp: 2_000 };

describe('media URL signer', () => {
  it('UPLOAD-5: accepts its own signature before the expiry', () => {
    expect(verifyMedia(KEY, claims, signMedia(KEY, claims), 1_999)).toBe('ok');
  });

  it('UPLOAD-5: reports expired once the expiry has passed', () => {
    expect(verifyMedia(KEY, claims, signMedia(KEY, claims), 2_001)).toBe('expired');
  });

  it('UPLOAD-5: rejects a signature when the user, lesson or expiry changed', () => {
    const sig = signMedia(KEY, claims);
    expect(verifyMedia(KEY, { ...claims, userId: 'user-b' }, sig, 0)).toBe('invalid');
    expect(verifyMedia(KEY, { ...claims, lessonId: 'lesson-2' }, sig, 0)).toBe('invalid');
    expect(verifyMedia(KEY, { ...claims, exp: 9_999 }, sig, 0)).toBe('invalid');
  });

  it('UPLOAD-5: rejects a signature made with another key, or garbage', () => {
    expect(verifyMedia(KEY, claims, signMedia('x'.repeat(40), claims), 0)).toBe('invalid');
    expect(verifyMedia(KEY, claims, '', 0)).toBe('invalid');
    expect(verifyMedia(KEY, claims, 'not base64 at all!', 0)).toBe('invalid');
  });

  it('does not let fields run into each other', () => {
    const sig = signMedia(KEY, { userId: 'ab', lessonId: 'c', exp: 1 });
    expect(verifyMedia(KEY, { userId: 'a', lessonId: 'bc', exp: 1 }, sig, 0)).toBe('invalid');
  });

  it('builds a query string carrying user, expiry and signature', () => {
    const q = new URLSearchParams(signedMediaQuery(KEY, claims));
    expect(q.get('u')).toBe('user-a');
    expect(q.get('e')).toBe('2000');
    expect(verifyMedia(KEY, claims, q.get('s') ?? '', 0)).toBe('ok');
  });
});
