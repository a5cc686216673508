import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/lib/query-client';
import { json } from '@/test/held-api';
import { frameBytes, manifest } from './test-data';
import { assembleFrames, pickLevel, useAnalysisFrames } from './use-analysis-frames';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('pickLevel', () => {
  it('takes the finest level a whole-track view can draw about one frame per pixel', () => {
    const levels = [
      { hop_ms: 1000, frame_count: 180 },
      { hop_ms: 10, frame_count: 18_000 },
      { hop_ms: 100, frame_count: 1_800 },
    ];
    expect(pickLevel(levels)?.hop_ms).toBe(100);
    expect(pickLevel(levels, 100)?.hop_ms).toBe(1000); // none small enough: the coarsest
    expect(pickLevel([])).toBeNull();
  });
});

describe('assembleFrames', () => {
  it('reads each band across chunks, the spectrum frame-major, and splits beats from downbeats', () => {
    const frames = assembleFrames(
      manifest(100, 1500),
      [frameBytes(0, 1000), frameBytes(1000, 1500)],
      [
        { event_type: 'downbeat', time_ms: 0 },
        { event_type: 'beat', time_ms: 0 },
        { event_type: 'beat', time_ms: 469 },
      ],
      [{ start_ms: 0, end_ms: 150_000, label: 'intro' }],
    );
    expect(frames.hopMs).toBe(100);
    expect(frames.frameCount).toBe(1500);
    expect(frames.waveMax[1200]).toBeCloseTo(1.2, 6);
    expect(frames.waveMin[1200]).toBeCloseTo(-1.2, 6);
    expect(frames.shortTerm[1499]).toBeCloseTo(-15.01, 4);
    expect(frames.spectrum?.bandCount).toBe(3);
    expect([...(frames.spectrum?.db.slice(3 * 1001, 3 * 1002) ?? [])]).toEqual([1001, 1001.25, 1001.5]);
    expect(frames.beats).toEqual([0, 469]);
    expect(frames.downbeats).toEqual([0]);
    expect(frames.sections).toEqual([{ start_ms: 0, end_ms: 150_000, label: 'intro' }]);
  });
});

describe('useAnalysisFrames', () => {
  it('reads the overview level’s manifest, its chunks as bytes and every page of beats', async () => {
    const id = '00000000-0000-4000-8000-0000000000c1';
    const calls: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        calls.push(url);
        const { pathname, searchParams } = new URL(url, 'http://localhost');
        if (pathname.endsWith('/manifest')) {
          const hop = Number(searchParams.get('hop_ms') ?? 10);
          return json({ data: manifest(hop, hop === 10 ? 12_000 : 1_200) });
        }
        if (pathname.includes('/chunks/')) {
          const index = Number(pathname.split('/').at(-1));
          return new Response(frameBytes(index * 1000, Math.min(1200, (index + 1) * 1000)), {
            headers: { 'content-type': 'application/octet-stream' },
          });
        }
        const second = searchParams.get('cursor') === 'next';
        return json({
          data: second ? [{ event_type: 'beat', time_ms: 1000 }] : [{ event_type: 'downbeat', time_ms: 0 }],
          page: { limit: 200, next_cursor: second ? null : 'next' },
        });
      }),
    );
    const client = createQueryClient();
    client.setDefaultOptions({ queries: { retry: false } });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const { result } = renderHook(() => useAnalysisFrames({ id, sections: [] }), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.hopMs).toBe(100);
    expect(result.current.data?.frameCount).toBe(1200);
    expect(result.current.data?.beats).toEqual([1000]);
    expect(result.current.data?.downbeats).toEqual([0]);
    expect(calls).toContain(`/api/frames/analyses/${id}/manifest?hop_ms=100`);
    expect(calls).toContain(`/api/frames/analyses/${id}/chunks/1?hop_ms=100`);
    expect(calls).toContain(`/api/frames/analyses/${id}/events?event_type=beat%2Cdownbeat&limit=200&cursor=next`);
  });
});
