import { describe, expect, it } from 'vitest';

import { ORDER_STATUSES } from '@/db/schema';

import { canTransition, pathTo, targetStatus, type PaymentSnapshot } from './order-state';

const snap = (s: Partial<PaymentSnapshot>): PaymentSnapshot => ({
  payment: 'paid',
  refund: 'none',
  dispute: null,
  ...s,
});

describe('order state machine', () => {
  it('PAY-5: refunded, failed and expired are final; nothing returns to pending', () => {
    for (const from of ['refunded', 'failed', 'expired'] as const)
      for (const to of ORDER_STATUSES) expect(canTransition(from, to)).toBe(false);
    for (const from of ORDER_STATUSES) expect(canTransition(from, 'pending')).toBe(false);
  });

  it('PAY-5: a refund seen before the payment walks pending → paid → refunded', () => {
    expect(targetStatus('pending', snap({ refund: 'full' }))).toBe('refunded');
    expect(pathTo('pending', 'refunded')).toEqual(['paid', 'refunded']);
  });

  it('PAY-5: async failure after paid keeps paid; a session event never undoes a dispute', () => {
    expect(targetStatus('paid', snap({ payment: 'failed' }))).toBe('paid');
    expect(targetStatus('disputed', snap({}))).toBe('disputed');
    expect(targetStatus('disputed', snap({ dispute: 'won' }))).toBe('paid');
    expect(targetStatus('disputed', snap({ dispute: 'lost' }))).toBe('disputed');
  });

  it('PAY-7: partial refunds stay partial until the last; a won dispute after one returns to partial', () => {
    expect(targetStatus('paid', snap({ refund: 'partial' }))).toBe('partially_refunded');
    expect(targetStatus('partially_refunded', snap({ refund: 'partial' }))).toBe(
      'partially_refunded',
    );
    expect(targetStatus('partially_refunded', snap({ refund: 'full' }))).toBe('refunded');
    expect(targetStatus('disputed', snap({ refund: 'partial', dispute: 'won' }))).toBe(
      'partially_refunded',
    );
    expect(pathTo('disputed', 'partially_refunded')).toEqual(['partially_refunded']);
    expect(pathTo('pending', 'partially_refunded')).toEqual(['paid', 'partially_refunded']);
  });

  it('PAY-6: completed but unpaid waits; async failure fails', () => {
    expect(targetStatus('pending', snap({ payment: 'awaiting' }))).toBe('awaiting_payment');
    expect(targetStatus('awaiting_payment', snap({ payment: 'failed' }))).toBe('failed');
    expect(targetStatus('awaiting_payment', snap({}))).toBe('paid');
  });

  it('every target reachable from every state is on a legal path', () => {
    const payments = ['open', 'awaiting', 'paid', 'failed', 'expired'] as const;
    const refunds = ['none', 'partial', 'full'] as const;
    const disputes = [null, 'open', 'won', 'lost'] as const;
    for (const from of ORDER_STATUSES)
      for (const payment of payments)
        for (const refund of refunds)
          for (const dispute of disputes) {
            const to = targetStatus(from, { payment, refund, dispute });
            expect(pathTo(from, to), `${from} → ${to}`).not.toBeNull();
          }
  });
});
