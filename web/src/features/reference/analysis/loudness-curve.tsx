import { useCallback } from 'react';
import { columnMax, describeLoudness, LUFS_FLOOR, lufsHeight } from './frame-maths';
import { BROADCAST_LUFS, STREAMING_LUFS } from './hints';
import { type Draw, TimelineCanvas } from './timeline-canvas';

interface LoudnessCurveProps {
  hopMs: number;
  /** Short-term loudness per frame, LUFS (−120 for silence). */
  shortTerm: Float32Array;
  positionMs?: number;
  onSeek?: (ms: number) => void;
  height?: number;
}

/** The short-term loudness along the track (−60 to 0 LUFS), with the −14 and −23 LUFS guides. */
export function LoudnessCurve({ hopMs, shortTerm, positionMs, onSeek, height = 112 }: LoudnessCurveProps) {
  const lengthMs = shortTerm.length * hopMs;
  const draw = useCallback<Draw>(
    (ctx, width, h, palette) => {
      const y = (lufs: number) => h - lufsHeight(lufs) * h;

      // The guides, dashed and labelled at the right.
      ctx.font = '11px system-ui, sans-serif';
      ctx.textAlign = 'right';
      ctx.textBaseline = 'bottom';
      ctx.lineWidth = 1;
      ctx.setLineDash([4, 4]);
      for (const [lufs, label] of [
        [STREAMING_LUFS, '−14 LUFS streaming'],
        [BROADCAST_LUFS, '−23 LUFS broadcast'],
      ] as const) {
        const gy = Math.round(y(lufs)) + 0.5;
        ctx.strokeStyle = palette.muted;
        ctx.beginPath();
        ctx.moveTo(0, gy);
        ctx.lineTo(width, gy);
        ctx.stroke();
        ctx.fillStyle = palette.muted;
        ctx.fillText(label, width - 4, gy - 2);
      }
      ctx.setLineDash([]);
      if (shortTerm.length === 0) return;

      // The curve, each pixel column at the loudest frame it covers; silence drops to the bottom.
      const columns = Math.max(1, Math.round(width));
      const peaks = columnMax(shortTerm, columns);
      ctx.beginPath();
      for (let c = 0; c < columns; c++) {
        const v = peaks[c] as number;
        const py = y(Number.isFinite(v) ? v : LUFS_FLOOR);
        if (c === 0) ctx.moveTo(c, py);
        else ctx.lineTo(c, py);
      }
      ctx.strokeStyle = palette.accent;
      ctx.lineWidth = 1.5;
      ctx.lineJoin = 'round';
      ctx.stroke();
      ctx.lineTo(columns, h);
      ctx.lineTo(0, h);
      ctx.closePath();
      ctx.fillStyle = palette.accent;
      ctx.globalAlpha = 0.15;
      ctx.fill();
      ctx.globalAlpha = 1;
    },
    [shortTerm],
  );

  return (
    <TimelineCanvas
      name="Loudness curve"
      description={describeLoudness(hopMs, shortTerm)}
      height={height}
      draw={draw}
      lengthMs={lengthMs}
      positionMs={positionMs}
      onSeek={onSeek}
    />
  );
}
