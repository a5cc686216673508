import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client';
import type { SessionState } from './auth';
import './auth'; // registers how a 401 anywhere signs the session out
import { queryClient } from './query-client';
import { authKeys } from './query-keys';

const signedIn: SessionState = {
  user: {
    id: '00000000-0000-4000-8000-000000000001',
    name: 'Ada',
    email: null,
    image: null,
    timezone: 'UTC',
    day_start_hour: 4,
    roles: ['user'],
    permissions: [],
    created_at: '2027-01-01T00:00:00.000Z',
  },
  terms_version: '1',
  terms_accepted: true,
  age_verified: true,
};

describe('session upkeep', () => {
  it('marks the session signed out and drops user data when any request answers 401', async () => {
    queryClient.setQueryData(authKeys.session, signedIn);
    queryClient.setQueryData(['habits'], ['private']);
    await queryClient
      .fetchQuery({
        queryKey: ['user', 'profile'],
        queryFn: () => Promise.reject(new ApiError('unauthenticated', 401, 'Sign in first.')),
        retry: false,
      })
      .catch(() => undefined);

    expect(queryClient.getQueryData<SessionState>(authKeys.session)?.user).toBeNull();
    expect(queryClient.getQueryData(['habits'])).toBeUndefined();
  });

  it('keeps the session for other errors', async () => {
    queryClient.setQueryData(authKeys.session, signedIn);
    await queryClient
      .fetchQuery({
        queryKey: ['x'],
        queryFn: () => Promise.reject(new ApiError('not_found', 404, 'No such habit.')),
        retry: false,
      })
      .catch(() => undefined);
    expect(queryClient.getQueryData<SessionState>(authKeys.session)?.user?.name).toBe('Ada');
  });
});
