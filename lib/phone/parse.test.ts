import { describe, expect, it } from 'vitest';

import { defaultCountryFor, maskPhone, parsePhone } from '@/lib/phone/parse';
import { parseCountryList, sendRefusal } from '@/lib/phone/policy';

const ALLOWED = parseCountryList('CN,HK,US,GB');

describe('phone parsing (E.164)', () => {
  it('parses a mainland mobile with and without +86, zh-CN defaulting to CN', () => {
    const cn = defaultCountryFor('zh-CN');
    expect(cn).toBe('CN');
    expect(parsePhone('138 0013 8000', cn)).toEqual({
      e164: '+8613800138000',
      country: 'CN',
      type: 'MOBILE',
    });
    expect(parsePhone('+86 138-0013-8000')?.e164).toBe('+8613800138000');
    // Without a default country a national number is ambiguous and refused.
    expect(parsePhone('13800138000', defaultCountryFor('en'))).toBeNull();
  });

  it('parses a Beijing landline as a fixed line, which is never texted', () => {
    const landline = parsePhone('010 6552 9988', 'CN');
    expect(landline).toMatchObject({ e164: '+861065529988', country: 'CN', type: 'FIXED_LINE' });
    expect(sendRefusal(landline!, ALLOWED)).toBe('type');
  });

  it('parses +1 and +44 mobiles', () => {
    const us = parsePhone('+1 (201) 555-0123');
    expect(us).toMatchObject({ e164: '+12015550123', country: 'US' });
    expect(sendRefusal(us!, ALLOWED)).toBeNull();
    const gb = parsePhone('+44 7400 123456');
    expect(gb).toEqual({ e164: '+447400123456', country: 'GB', type: 'MOBILE' });
  });

  it('rejects junk', () => {
    for (const junk of ['', 'abc', '12', '+86 138', '+999 1234567', '1380013800a', 'x'.repeat(40)])
      expect(parsePhone(junk, 'CN')).toBeNull();
    expect(parsePhone(undefined)).toBeNull();
    expect(parsePhone(13800138000)).toBeNull();
  });

  it('ABUSE-5: premium-rate numbers and unlisted countries are refused', () => {
    const premium = parsePhone('+44 909 8790000');
    expect(premium?.type).toBe('PREMIUM_RATE');
    expect(sendRefusal(premium!, ALLOWED)).toBe('type');
    const fr = parsePhone('+33 6 12 34 56 78');
    expect(fr?.type).toBe('MOBILE');
    expect(sendRefusal(fr!, ALLOWED)).toBe('country');
  });

  it('masks all but the first three and last four digits', () => {
    expect(maskPhone('+8613800138000')).toBe('+86 138****8000');
    expect(maskPhone('+447400123456')).toBe('+44 740***3456');
  });
});
