import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { canCancel, canRetry, isRefundable, parseUserId, refundError } from './money';

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

  it('says plainly why a refund was refused', () => {
    expect(refundError(new ApiError('conflict', 409, 'Only an unused purchase can be refunded.'))).toBe(
      'This purchase was used or refunded already, so it cannot be refunded. Nothing changed.',
    );
    expect(refundError(new ApiError('not_found', 404, 'Purchase not found.'))).toBe('Purchase not found.');
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
