import { describe, expect, it } from 'vitest';

import { methodOrder, pickMethod } from '@/lib/phone/auth-method';

describe('sign-in method tabs', () => {
  it('zh-CN is phone-first, en email-first; ?method= overrides; junk is ignored', () => {
    expect(pickMethod(undefined, 'zh-CN')).toBe('phone');
    expect(pickMethod(undefined, 'en')).toBe('email');
    expect(pickMethod('email', 'zh-CN')).toBe('email');
    expect(pickMethod('phone', 'en')).toBe('phone');
    expect(pickMethod(['phone'], 'en')).toBe('email');
    expect(methodOrder('zh-CN')).toEqual(['phone', 'email']);
    expect(methodOrder('en')).toEqual(['email', 'phone']);
  });
});
