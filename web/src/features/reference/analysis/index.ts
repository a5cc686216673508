/**
 * The track page's analysis view and A/B comparison, to mount in
 * `pages/track-page.tsx` (each piece takes plain props; none needs the others):
 *
 * - `<TrackAnalysis trackId={id} positionMs={playerMs} onSeek={player.seek} />`: all of it in
 *   one card body: live status ("Analyse again"), the numbers with hints, and the waveform
 *   (beats, sections), loudness curve and spectrogram of the newest completed analysis, with
 *   the playhead and click/keyboard seeking.
 * - Or piece by piece: `<AnalysisStatus trackId />` (live from the `analysis_progress` events);
 *   `<AnalysisNumbers results />` (from `latestCompleted(useTrackAnalyses(id).data)?.results`);
 *   `<WaveformView hopMs waveMin waveMax beats downbeats sections positionMs onSeek />`,
 *   `<LoudnessCurve hopMs shortTerm … />`, `<SpectrogramView hopMs bandCount spectrumDb … />`
 *   fed by `useAnalysisFrames({ id, sections })`, the only code that reads `/api/frames`. The
 *   timeline may take `WaveformView` as its background layer: it fills its container's width.
 * - `<ABCompare track={track} region={loopingRegion} />`: picks track B, plays both through
 *   Web Audio gains (matched loudness, X or the button to switch), looping `region` on both.
 *   It has its own two <audio> elements (loaded once B is picked); `onPlay` tells the page to
 *   pause its own player.
 *   `useAbCompare` is its controller, `AbSwitcher` the switching rules behind it.
 * - Pure helpers: the hints (`loudnessHint`, `truePeakHint`, `plrHint`, `loudnessRangeHint`,
 *   `tempoHint`, `keyHint`; docs/RULES.md "Analysis hints") and `matchedGains`.
 */

export { ABCompare, type AbTrack } from './ab-compare';
export { type AbDeck, type AbMixer, type AbState, AbSwitcher, type LoopRegion, type Side } from './ab-switcher';
export { AnalysisNumbers } from './analysis-numbers';
export { AnalysisStatus, AnalysisStatusView } from './analysis-status';
export {
  type AnalysisResultsWire,
  type AnalysisWire,
  latestAnalysis,
  latestCompleted,
  useAnalysisProgress,
  useRequestAnalysis,
  useTrackAnalyses,
} from './api';
export type { SectionSpan } from './frame-maths';
export {
  formatDb,
  keyHint,
  loudnessHint,
  loudnessRangeHint,
  plrHint,
  tempoHint,
  truePeakHint,
} from './hints';
export { LoudnessCurve } from './loudness-curve';
export { gainLabel, matchedGains } from './matched-gains';
export { SpectrogramView } from './spectrogram-view';
export { TrackAnalysis } from './track-analysis';
export { useAbCompare } from './use-ab-compare';
export { type AnalysisFrames, useAnalysisFrames } from './use-analysis-frames';
export { WaveformView } from './waveform-view';
