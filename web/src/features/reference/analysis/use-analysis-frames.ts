import { useQuery } from '@tanstack/react-query';
import { readBand } from '#common/frames/format';
import { api, fetchApi } from '@/lib/api-client';
import { referenceKeys } from '@/lib/query-keys';
import type { SectionSpan } from './frame-maths';

/**
 * THE ONE PLACE THAT READS THE FRAMES API (`/api/frames/analyses/:id/…`, docs/FRAMES.md):
 * the manifest, the chunks of one level, and the beat events, turned into the plain data the
 * drawings take. Nothing else in this folder knows the wire format; the bytes are read with
 * `#common/frames/format`, the rules the server writes them by.
 */

/** What the drawings of one analysis take. */
export interface AnalysisFrames {
  /** The level's hop, ms. */
  hopMs: number;
  frameCount: number;
  waveMin: Float32Array;
  waveMax: Float32Array;
  /** Short-term loudness, LUFS (−120 for silence). */
  shortTerm: Float32Array;
  /** Mel spectrum, frame-major dB; null when the analysis stored none. */
  spectrum: { bandCount: number; db: Float32Array } | null;
  /** Beat and downbeat times, ms. */
  beats: number[];
  downbeats: number[];
  sections: SectionSpan[];
}

/** The parts of a manifest this file reads (`frameManifest` in common/contracts/frames.ts). */
export interface ManifestWire {
  hop_ms: number;
  frame_count: number;
  bands: { name: string; size: number }[];
  chunk_size_frames: number;
  levels: { hop_ms: number; frame_count: number; total_chunks: number }[];
}

interface EventWire {
  event_type: string;
  time_ms: number;
}

/** A whole-track view wants about one frame per pixel: the finest level with at most this many frames. */
export const OVERVIEW_MAX_FRAMES = 4000;

/** The level a whole-track view reads: the finest with at most `maxFrames` frames, else the coarsest. */
export function pickLevel<L extends { hop_ms: number; frame_count: number }>(
  levels: readonly L[],
  maxFrames = OVERVIEW_MAX_FRAMES,
): L | null {
  const byHop = [...levels].sort((a, b) => a.hop_ms - b.hop_ms);
  return byHop.find((l) => l.frame_count <= maxFrames) ?? byHop.at(-1) ?? null;
}

/** The drawings' data out of a level's manifest and chunks, the events and the sections. */
export function assembleFrames(
  manifest: ManifestWire,
  chunks: readonly ArrayBuffer[],
  events: readonly EventWire[],
  sections: readonly SectionSpan[],
): AnalysisFrames {
  const held = chunks.map((bytes, index) => ({
    start_frame: index * manifest.chunk_size_frames,
    data: new Uint8Array(bytes),
  }));
  const band = (name: string) =>
    manifest.bands.some((b) => b.name === name) ? readBand(held, manifest.bands, name).values : new Float32Array(0);
  const spectrumEntry = manifest.bands.find((b) => b.name === 'spectrum');
  const shortTerm = band('short_term');
  return {
    hopMs: manifest.hop_ms,
    frameCount: shortTerm.length,
    waveMin: band('wave_min'),
    waveMax: band('wave_max'),
    shortTerm,
    spectrum: spectrumEntry ? { bandCount: spectrumEntry.size, db: band('spectrum') } : null,
    beats: events.filter((e) => e.event_type === 'beat').map((e) => e.time_ms),
    downbeats: events.filter((e) => e.event_type === 'downbeat').map((e) => e.time_ms),
    sections: sections.map(({ start_ms, end_ms, label }) => ({ start_ms, end_ms, label })),
  };
}

const base = (id: string) => `/frames/analyses/${encodeURIComponent(id)}`;

async function fetchFrames(
  analysisId: string,
  sections: readonly SectionSpan[],
  signal: AbortSignal,
): Promise<AnalysisFrames> {
  const full = await api.get<ManifestWire>(`${base(analysisId)}/manifest`, { signal });
  const level = pickLevel(full.levels) ?? full;
  const manifest =
    level.hop_ms === full.hop_ms
      ? full
      : await api.get<ManifestWire>(`${base(analysisId)}/manifest`, { query: { hop_ms: level.hop_ms }, signal });
  const chunkCount = Math.ceil(manifest.frame_count / manifest.chunk_size_frames);
  const chunks = Promise.all(
    Array.from({ length: chunkCount }, async (_, index) => {
      const response = await fetchApi('GET', `${base(analysisId)}/chunks/${index}`, {
        query: { hop_ms: manifest.hop_ms },
        headers: { accept: 'application/octet-stream' },
        signal,
      });
      return response.arrayBuffer();
    }),
  );
  const events: EventWire[] = [];
  let cursor: string | undefined;
  do {
    const page = await api.page<EventWire>(`${base(analysisId)}/events`, {
      query: { event_type: 'beat,downbeat', limit: 200, cursor },
      signal,
    });
    events.push(...page.data);
    cursor = page.page.next_cursor ?? undefined;
  } while (cursor);
  return assembleFrames(manifest, await chunks, events, sections);
}

/**
 * The drawings' data of a completed analysis (null: none yet). Frames never change for an
 * analysis (a new analysis has a new id), so they are kept for the session.
 */
export function useAnalysisFrames(analysis: { id: string; sections: readonly SectionSpan[] } | null) {
  return useQuery({
    queryKey: referenceKeys.frames(analysis?.id ?? ''),
    queryFn: ({ signal }) => fetchFrames(analysis?.id ?? '', analysis?.sections ?? [], signal),
    enabled: analysis !== null,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 10 * 60_000,
  });
}
