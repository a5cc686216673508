import { z } from 'zod';
import { adminAnalysisStatus } from '#common/contracts/admin';
import type { PurchaseState } from '#common/contracts/market';
import { errorMessage, isApiError } from '@/lib/api-client';

/** A user id as typed or pasted: trimmed, lower-cased; null unless it is a UUID. */
export function parseUserId(input: string | null | undefined): string | null {
  const value = (input ?? '').trim().toLowerCase();
  return z.uuid().safeParse(value).success ? value : null;
}

/** Only a purchase not yet used (held, worn or not) can be refunded. */
export const isRefundable = (state: PurchaseState): boolean => state === 'active' || state === 'equipped';

/** Why a refund failed, in words an admin can act on: a 409 means it was used or refunded meanwhile. */
export function refundError(error: unknown): string {
  if (isApiError(error) && error.status === 409) {
    return 'This purchase was used or refunded already, so it cannot be refunded. Nothing changed.';
  }
  return errorMessage(error);
}

export const purchaseStateLabels: Record<PurchaseState, string> = {
  active: 'Held',
  equipped: 'Worn',
  redeemed: 'Redeemed',
  expired: 'Expired',
  consumed: 'Used up',
  refunded: 'Refunded',
};

export type AnalysisStatus = z.output<typeof adminAnalysisStatus>;
export const analysisStatuses = adminAnalysisStatus.options;

export const analysisStatusLabels: Record<AnalysisStatus, string> = {
  queued: 'Queued',
  running: 'Running',
  completed: 'Completed',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

/** What an admin may do with an analysis in this status (the API answers 409 otherwise). */
export const canRetry = (status: AnalysisStatus): boolean => status === 'failed' || status === 'cancelled';
export const canCancel = (status: AnalysisStatus): boolean => status === 'queued' || status === 'running';
