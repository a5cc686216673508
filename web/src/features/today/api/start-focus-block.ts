import { useMutation, useQueryClient } from '@tanstack/react-query';
import { startFocusBody } from '#common/contracts/focus';
import { api } from '@/lib/api-client';
import { maxLengthOf } from '@/lib/limits';
import { focusKeys, todayKeys } from '@/lib/query-keys';

const LABEL_MAX = maxLengthOf(startFocusBody.shape.label);

/**
 * POST /api/focus: starts a focus block of the given length, for the "start here" action and
 * the plan's focus items; the Focus page then shows it running.
 */
export function useStartFocusBlock() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ minutes, label }: { minutes: number; label?: string }) =>
      api.post<{ id: string }>('/focus', {
        mode: 'focus',
        duration_seconds: minutes * 60,
        ...(label ? { label: label.slice(0, LABEL_MAX) } : {}),
      }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: focusKeys.all });
      void client.invalidateQueries({ queryKey: todayKeys.all });
    },
    meta: { errorToast: false }, // Today shows it beside the starter
  });
}

/** The minutes a `/focus?start=<minutes>` link asks for, or null for any other link. */
export function focusStartMinutes(href: string): number | null {
  const match = /^\/focus\?start=(\d{1,4})$/.exec(href);
  return match ? Number(match[1]) : null;
}
