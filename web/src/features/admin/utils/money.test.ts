import { describe, expect, it } from 'vitest';
import { canCancel, canRetry, isRefundable, parseUserId } from './money';

describe('money and jobs', () => {
  it('takes a user id as pasted, and nothing else', () => {
    expect(parseUserId(' 0F8FAD5B-D9CB-469F-A165-70867728950E ')).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(parseUserId('someone@example.com')).toBeNull();
    expect(parseUserId('')).toBeNull();
    expect(parseUserId(null)).toBeNull();
  });

  it('offers a refund only for a purchase not yet used', () => {
    expect(isRefundable('active')).toBe(true);
    expect(isRefundable('equipped')).toBe(true);
    for (const state of ['redeemed', 'expired', 'consumed', 'refunded'] as const)
      expect(isRefundable(state)).toBe(false);
  });

  it('offers retry for a failed or cancelled analysis, cancel for one waiting or running', () => {
    expect([canRetry('failed'), canRetry('cancelled'), canRetry('queued'), canRetry('completed')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect([canCancel('queued'), canCancel('running'), canCancel('failed'), canCancel('completed')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
