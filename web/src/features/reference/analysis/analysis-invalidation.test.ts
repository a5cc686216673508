import { afterEach, describe, expect, it } from 'vitest';
import type { EventPayload } from '#common/contracts/events';
import { dispatch } from '@/lib/events';
import { queryClient } from '@/lib/query-client';
import { referenceKeys } from '@/lib/query-keys';
import { TRACK_ID } from './test-data';

afterEach(() => queryClient.clear());

const OTHER_TRACK = '00000000-0000-4000-8000-0000000000ff';

/** Caches one entry under each reference key of two tracks, fresh. */
function seed() {
  const keys = {
    analyses: referenceKeys.analyses(TRACK_ID),
    track: referenceKeys.track(TRACK_ID),
    annotations: referenceKeys.annotations(TRACK_ID),
    regions: referenceKeys.regions(TRACK_ID),
    list: referenceKeys.tracks({}),
    otherAnalyses: referenceKeys.analyses(OTHER_TRACK),
  };
  for (const key of Object.values(keys)) queryClient.setQueryData(key, []);
  const stale = () =>
    Object.fromEntries(
      Object.entries(keys).map(([name, key]) => [name, queryClient.getQueryState(key)?.isInvalidated ?? false]),
    );
  return stale;
}

const send = (data: Partial<EventPayload<'analysis_progress'>>) =>
  dispatch({
    id: '1',
    type: 'analysis_progress',
    created_at: new Date().toISOString(),
    data: { track_id: TRACK_ID, status: 'running', progress: 0.5, error: null, ...data },
  });

describe('analysis_progress on the stream', () => {
  it('marks only the track’s analyses stale while it runs', () => {
    const stale = seed();
    send({ status: 'running' });
    expect(stale()).toEqual({
      analyses: true,
      track: false,
      annotations: false,
      regions: false,
      list: false,
      otherAnalyses: false,
    });
  });

  it('refreshes the analyses, the track and the track lists once completed, not its notes', () => {
    const stale = seed();
    send({ status: 'completed', progress: 1 });
    expect(stale()).toEqual({
      analyses: true,
      track: true,
      annotations: false,
      regions: false,
      list: true,
      otherAnalyses: false,
    });
  });

  it('refreshes only the analyses when one fails or is queued again', () => {
    for (const status of ['failed', 'queued', 'cancelled'] as const) {
      const stale = seed();
      send({ status, progress: 0, error: 'Reading the file failed.' });
      expect(stale()).toMatchObject({ analyses: true, track: false, list: false, annotations: false });
      queryClient.clear();
    }
  });
});
