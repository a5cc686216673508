import type { FrameBand } from '#common/contracts/frames';
import { type FrameLevel, overviewLevels } from '#common/frames/levels';
import { defineModule } from '../../platform/module';
import { framesRoutes } from './frames.routes';

/**
 * Analysis frames (docs/FRAMES.md): the timelines and events of completed analyses, stored by
 * the analysis queue (`saveAnalysisFrames`, in its transaction) and served read-only to their owner.
 */
export const framesModule = defineModule({ name: 'frames', prefix: '/api/frames', plugin: framesRoutes });

export type { FrameLevel } from '#common/frames/levels';

/** The full timeline (hop 10 ms, as given) and its coarser overview levels (100 ms and 1000 ms). */
export function frameLevels(bands: readonly FrameBand[], frames: Float32Array, frameCount: number): FrameLevel[] {
  return overviewLevels(bands, frames, frameCount);
}

/** Stores every level's manifest and chunks and the events of a completed analysis, in the caller's transaction. */
export { frameStorageBytes, type SaveFramesInput, saveAnalysisFrames } from './frames.service';
