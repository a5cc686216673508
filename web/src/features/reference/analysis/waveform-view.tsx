import { useCallback } from 'react';
import { columnEnvelope, describeWaveform, type SectionSpan } from './frame-maths';
import { type Draw, TimelineCanvas } from './timeline-canvas';

interface WaveformViewProps {
  /** The frames' hop, ms. */
  hopMs: number;
  /** Lowest and highest sample per frame, linear (−1…1). */
  waveMin: Float32Array;
  waveMax: Float32Array;
  /** Beat times, ms. */
  beats?: readonly number[];
  /** Downbeat times (the first beat of a bar), ms: drawn stronger. */
  downbeats?: readonly number[];
  sections?: readonly SectionSpan[];
  positionMs?: number;
  onSeek?: (ms: number) => void;
  height?: number;
}

// Shared empty defaults: a new array on each render would repaint the canvas each time.
const NONE: readonly number[] = [];
const NO_SECTIONS: readonly SectionSpan[] = [];

/** Closer than this many pixels, beats are left out and only downbeats drawn. */
const MIN_BEAT_GAP_PX = 4;

/** The waveform with its section bands and beat grid, drawn on a canvas. */
export function WaveformView({
  hopMs,
  waveMin,
  waveMax,
  beats = NONE,
  downbeats = NONE,
  sections = NO_SECTIONS,
  positionMs,
  onSeek,
  height = 128,
}: WaveformViewProps) {
  const lengthMs = Math.min(waveMin.length, waveMax.length) * hopMs;
  const draw = useCallback<Draw>(
    (ctx, width, h, palette) => {
      if (lengthMs <= 0) return;
      const x = (ms: number) => (ms / lengthMs) * width;

      // Section bands, alternate ones shaded, each labelled at its top left.
      ctx.font = '11px system-ui, sans-serif';
      ctx.textBaseline = 'top';
      sections.forEach((s, i) => {
        const left = x(s.start_ms);
        if (i % 2 === 1) {
          ctx.fillStyle = palette.line;
          ctx.globalAlpha = 0.35;
          ctx.fillRect(left, 0, x(s.end_ms) - left, h);
          ctx.globalAlpha = 1;
        }
        ctx.fillStyle = palette.muted;
        ctx.fillText(s.label, left + 4, 3);
      });

      // The beat grid under the waveform.
      const beatGap = beats.length > 1 ? width / beats.length : Number.POSITIVE_INFINITY;
      const grid = (times: readonly number[], alpha: number) => {
        ctx.strokeStyle = palette.muted;
        ctx.globalAlpha = alpha;
        ctx.lineWidth = 1;
        ctx.beginPath();
        for (const t of times) {
          const px = Math.round(x(t)) + 0.5;
          ctx.moveTo(px, 0);
          ctx.lineTo(px, h);
        }
        ctx.stroke();
        ctx.globalAlpha = 1;
      };
      if (beatGap >= MIN_BEAT_GAP_PX) grid(beats, 0.25);
      grid(downbeats, 0.6);

      // The envelope: one vertical line per pixel column, from its lowest to its highest sample.
      const columns = Math.max(1, Math.round(width));
      const { min, max } = columnEnvelope(waveMin, waveMax, columns);
      const mid = h / 2;
      const scale = mid * 0.92;
      ctx.fillStyle = palette.accent;
      for (let c = 0; c < columns; c++) {
        const top = mid - Math.min(1, max[c] as number) * scale;
        const bottom = mid - Math.max(-1, min[c] as number) * scale;
        ctx.fillRect(c, top, 1, Math.max(1, bottom - top));
      }
    },
    [lengthMs, waveMin, waveMax, beats, downbeats, sections],
  );

  return (
    <TimelineCanvas
      name="Waveform"
      description={describeWaveform(lengthMs, beats.length, sections)}
      height={height}
      draw={draw}
      lengthMs={lengthMs}
      positionMs={positionMs}
      onSeek={onSeek}
    />
  );
}
