import { useCallback, useMemo } from 'react';
import { describeSpectrogram, spectrogramPixels, spectrogramRange } from './frame-maths';
import { type Draw, TimelineCanvas } from './timeline-canvas';

interface SpectrogramViewProps {
  hopMs: number;
  /** Mel bands per frame. */
  bandCount: number;
  /** Frame-major levels, dB: `bandCount` values per frame, the lowest band first. */
  spectrumDb: Float32Array;
  positionMs?: number;
  onSeek?: (ms: number) => void;
  height?: number;
}

/**
 * The spectrogram: time across, mel bands up (low at the bottom), level as colour on a
 * perceptual map (colour-map.ts) over the 80 dB below the loudest value.
 */
export function SpectrogramView({
  hopMs,
  bandCount,
  spectrumDb,
  positionMs,
  onSeek,
  height = 160,
}: SpectrogramViewProps) {
  const frameCount = bandCount > 0 ? Math.floor(spectrumDb.length / bandCount) : 0;
  const lengthMs = frameCount * hopMs;
  const range = useMemo(() => spectrogramRange(spectrumDb), [spectrumDb]);
  const draw = useCallback<Draw>(
    (ctx, width, h) => {
      if (frameCount === 0) return;
      // One pixel per column and band, then stretched to the canvas (smoothing blends the bands).
      const columns = Math.max(1, Math.round(width * (window.devicePixelRatio || 1)));
      const sheet = document.createElement('canvas');
      sheet.width = columns;
      sheet.height = bandCount;
      const sheetCtx = sheet.getContext('2d');
      if (!sheetCtx) return;
      const image = sheetCtx.createImageData(columns, bandCount);
      image.data.set(spectrogramPixels(spectrumDb, bandCount, columns, range.floorDb, range.topDb));
      sheetCtx.putImageData(image, 0, 0);
      ctx.imageSmoothingEnabled = true;
      ctx.drawImage(sheet, 0, 0, width, h);
    },
    [spectrumDb, bandCount, frameCount, range],
  );

  return (
    <TimelineCanvas
      name="Spectrogram"
      description={describeSpectrogram(hopMs, bandCount, spectrumDb)}
      height={height}
      draw={draw}
      lengthMs={lengthMs}
      positionMs={positionMs}
      onSeek={onSeek}
    />
  );
}
