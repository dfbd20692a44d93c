import { describe, expect, it } from 'vitest';

import { newId } from '@/lib/ids';

import { createCouponSchema, setPriceSchema } from './pricing';

const courseId = newId();

describe('setPriceSchema', () => {
  it('turns a paid price into minor units and a free course into 0, dropping other fields', () => {
    expect(
      setPriceSchema.parse({
        courseId,
        kind: 'paid',
        currency: 'CNY',
        price: '¥129',
        creatorId: 'x',
      }),
    ).toEqual({ courseId, currency: 'CNY', priceMinor: 12900, altPriceMinor: null });
    expect(
      setPriceSchema.parse({ courseId, kind: 'free', currency: 'USD', price: '9', altPrice: '60' }),
    ).toEqual({ courseId, currency: 'USD', priceMinor: 0, altPriceMinor: null });
  });

  it('reads an optional second price; blank means one price only, unreadable is a field error', () => {
    const paid = { courseId, kind: 'paid', currency: 'USD', price: '19.99' };
    expect(setPriceSchema.parse({ ...paid, altPrice: '¥139' }).altPriceMinor).toBe(13900);
    expect(setPriceSchema.parse({ ...paid, altPrice: '  ' }).altPriceMinor).toBeNull();
    const bad = setPriceSchema.safeParse({ ...paid, altPrice: 'abc' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['altPrice']);
  });

  it('refuses a paid course without a readable price and an unknown currency', () => {
    expect(setPriceSchema.safeParse({ courseId, kind: 'paid', currency: 'USD' }).success).toBe(
      false,
    );
    expect(
      setPriceSchema.safeParse({ courseId, kind: 'paid', currency: 'JPY', price: '10' }).success,
    ).toBe(false);
  });
});

describe('createCouponSchema', () => {
  it('reads percent and amount coupons with defaults and an end-of-day UTC expiry', () => {
    expect(createCouponSchema.parse({ courseId, type: 'percent', value: '15' })).toEqual({
      courseId,
      percentOff: 15,
      amountOffMinor: null,
      validUntil: null,
      maxRedemptions: null,
      perUserLimit: 1,
    });
    expect(
      createCouponSchema.parse({
        courseId,
        type: 'amount',
        value: '5.5',
        validUntil: '2099-02-28',
        maxRedemptions: '3',
        perUserLimit: '2',
      }),
    ).toMatchObject({
      amountOffMinor: 550,
      percentOff: null,
      validUntil: new Date('2099-02-28T23:59:59.000Z'),
      maxRedemptions: 3,
      perUserLimit: 2,
    });
  });

  it('refuses 0 %, 101 %, fractions of a percent, an impossible date and limits out of range', () => {
    for (const input of [
      { type: 'percent', value: '0' },
      { type: 'percent', value: '101' },
      { type: 'percent', value: '12.5' },
      { type: 'amount', value: '0' },
      { type: 'percent', value: '10', validUntil: '2099-02-30' },
      { type: 'percent', value: '10', perUserLimit: '11' },
      { type: 'percent', value: '10', maxRedemptions: '-1' },
    ])
      expect(createCouponSchema.safeParse({ courseId, ...input }).success).toBe(false);
  });
});
