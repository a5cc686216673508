import { MutationObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-client';
import { createQueryClient, type MutationMeta } from './query-client';

const toastError = vi.hoisted(() => vi.fn());
vi.mock('sonner', () => ({ toast: { error: toastError, success: vi.fn() } }));

afterEach(() => toastError.mockReset());

async function fail(error: unknown, meta?: MutationMeta) {
  const observer = new MutationObserver(createQueryClient(), {
    mutationFn: () => Promise.reject(error),
    meta,
  });
  await observer.mutate().catch(() => undefined);
}

describe('the default mutation error', () => {
  it('is a toast with what the API said', async () => {
    await fail(new ApiError('conflict', 409, 'That habit is archived.'));
    expect(toastError).toHaveBeenCalledExactlyOnceWith('That habit is archived.');
  });

  it('lists the reasons of a validation error', async () => {
    await fail(new ApiError('validation_error', 422, 'Invalid body', [{ path: 'body.title', message: 'Too long.' }]));
    expect(toastError).toHaveBeenCalledWith('Too long.');
  });

  it('takes a message, or a function of the error, from the mutation', async () => {
    await fail(new Error('NotAllowedError'), { errorToast: 'The prompt was closed.' });
    expect(toastError).toHaveBeenLastCalledWith('The prompt was closed.');
    await fail(new ApiError('conflict', 409, 'Already done.'), { errorToast: (e) => `Oops: ${(e as Error).message}` });
    expect(toastError).toHaveBeenLastCalledWith('Oops: Already done.');
  });

  it('stays quiet for a mutation that shows its errors itself', async () => {
    await fail(new ApiError('conflict', 409, 'Not now.'), { errorToast: false });
    expect(toastError).not.toHaveBeenCalled();
  });
});
