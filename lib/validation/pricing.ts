import { z } from 'zod';

import { CURRENCIES } from '@/lib/money';
import { parsePriceInput } from '@/lib/pricing';
import { blankToUndefined, idField, moneyInputField } from '@/lib/validation/fields';

/**
 * Allow-lists for the pricing and coupon forms (ACCESS-3): the course id, the price in integer minor
 * units and its currency, and coupon terms. Anything else (creatorId, redeemed, code) is dropped.
 * The Stripe minimum is checked against the stored course in lib/data/*, where the currency is known.
 */
const amountField = moneyInputField('StudioPricing.errors.priceInvalid');

const countField = (max: number) =>
  z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: 'StudioPricing.errors.countInvalid' })
      .int('StudioPricing.errors.countInvalid')
      .min(1, 'StudioPricing.errors.countInvalid')
      .max(max, 'StudioPricing.errors.countInvalid')
      .optional(),
  );

export const setPriceSchema = z
  .object({
    courseId: idField,
    kind: z.enum(['free', 'paid'], { error: 'StudioPricing.errors.kindInvalid' }),
    currency: z.enum(CURRENCIES, { error: 'StudioPricing.errors.currencyInvalid' }),
    price: z.preprocess(blankToUndefined, amountField.optional()),
    /** Optional: the same course in the other supported currency (blank = one price only). */
    altPrice: z.preprocess(blankToUndefined, amountField.optional()),
  })
  .transform((v, ctx) => {
    const base = { courseId: v.courseId, currency: v.currency };
    if (v.kind === 'free') return { ...base, priceMinor: 0, altPriceMinor: null };
    if (!v.price) {
      ctx.addIssue({
        code: 'custom',
        path: ['price'],
        message: 'StudioPricing.errors.priceRequired',
      });
      return z.NEVER;
    }
    return { ...base, priceMinor: v.price, altPriceMinor: v.altPrice ?? null };
  });
export type SetPriceInput = z.output<typeof setPriceSchema>;

/** "2026-12-31" → the end of that day in UTC; codes stop working at that instant. */
const expiryField = z.preprocess(
  blankToUndefined,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'StudioPricing.errors.dateInvalid')
    .transform((v, ctx) => {
      const at = new Date(`${v}T23:59:59.000Z`);
      if (Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== v) {
        ctx.addIssue({ code: 'custom', message: 'StudioPricing.errors.dateInvalid' });
        return z.NEVER;
      }
      if (at.getTime() <= Date.now()) {
        ctx.addIssue({ code: 'custom', message: 'StudioPricing.errors.datePast' });
        return z.NEVER;
      }
      return at;
    })
    .optional(),
);

export const createCouponSchema = z
  .object({
    courseId: idField,
    type: z.enum(['percent', 'amount'], { error: 'StudioPricing.errors.typeInvalid' }),
    value: z.string({ error: 'StudioPricing.errors.valueInvalid' }).trim(),
    validUntil: expiryField,
    maxRedemptions: countField(1_000_000),
    perUserLimit: countField(10),
  })
  .transform((v, ctx) => {
    const base = {
      courseId: v.courseId,
      validUntil: v.validUntil ?? null,
      maxRedemptions: v.maxRedemptions ?? null,
      perUserLimit: v.perUserLimit ?? 1,
    };
    if (v.type === 'percent') {
      const pct = /^\d{1,3}$/.test(v.value) ? Number(v.value) : NaN;
      if (!(pct >= 1 && pct <= 100)) {
        ctx.addIssue({ code: 'custom', path: ['value'], message: 'StudioPricing.errors.percent' });
        return z.NEVER;
      }
      return { ...base, percentOff: pct, amountOffMinor: null };
    }
    const minor = parsePriceInput(v.value);
    if (!minor) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'StudioPricing.errors.amount' });
      return z.NEVER;
    }
    return { ...base, percentOff: null, amountOffMinor: minor };
  });
export type CreateCouponInput = z.output<typeof createCouponSchema>;

export const deactivateCouponSchema = z.object({ couponId: idField });

/**
 * A code as a buyer brings it (link or form): trimmed and upper-cased; any shape is accepted here
 * so a malformed code gets the same "not valid" answer as an unknown one.
 */
export const couponCodeField = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .max(40, 'Checkout.coupon.invalid')
    .transform((v) => v.toUpperCase())
    .optional(),
);
