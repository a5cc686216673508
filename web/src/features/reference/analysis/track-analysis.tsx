import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { AnalysisNumbers } from './analysis-numbers';
import { AnalysisStatus } from './analysis-status';
import { latestCompleted, useTrackAnalyses } from './api';
import { LoudnessCurve } from './loudness-curve';
import { SpectrogramView } from './spectrogram-view';
import { useAnalysisFrames } from './use-analysis-frames';
import { WaveformView } from './waveform-view';

interface TrackAnalysisProps {
  trackId: string;
  /** The player's position, drawn as the playhead. */
  positionMs?: number;
  /** Seeks the player (a click or the arrow keys on a drawing). */
  onSeek?: (ms: number) => void;
}

/**
 * Everything the analysis shows on the track page, in one piece: the live status, the numbers
 * with their hints, and the waveform, loudness curve and spectrogram of the newest completed
 * analysis (kept while a new one runs).
 */
export function TrackAnalysis({ trackId, positionMs, onSeek }: TrackAnalysisProps) {
  const analyses = useTrackAnalyses(trackId);
  const done = latestCompleted(analyses.data);
  const results = done?.results ?? null;
  const frames = useAnalysisFrames(done && results ? { id: done.id, sections: results.sections } : null);

  return (
    <div className="grid gap-4">
      <AnalysisStatus trackId={trackId} />
      {results && <AnalysisNumbers results={results} />}
      {done &&
        (frames.isPending ? (
          <div role="status" aria-label="Loading the drawings" className="grid gap-3">
            <Skeleton className="h-32" />
            <Skeleton className="h-28" />
            <Skeleton className="h-40" />
          </div>
        ) : frames.isError ? (
          <ErrorState
            title="The waveform and curves could not be loaded"
            error={frames.error}
            onRetry={() => void frames.refetch()}
            retrying={frames.isFetching}
          />
        ) : (
          <div className="grid gap-3">
            <WaveformView
              hopMs={frames.data.hopMs}
              waveMin={frames.data.waveMin}
              waveMax={frames.data.waveMax}
              beats={frames.data.beats}
              downbeats={frames.data.downbeats}
              sections={frames.data.sections}
              positionMs={positionMs}
              onSeek={onSeek}
            />
            <LoudnessCurve
              hopMs={frames.data.hopMs}
              shortTerm={frames.data.shortTerm}
              positionMs={positionMs}
              onSeek={onSeek}
            />
            {frames.data.spectrum && (
              <SpectrogramView
                hopMs={frames.data.hopMs}
                bandCount={frames.data.spectrum.bandCount}
                spectrumDb={frames.data.spectrum.db}
                positionMs={positionMs}
                onSeek={onSeek}
              />
            )}
          </div>
        ))}
    </div>
  );
}
