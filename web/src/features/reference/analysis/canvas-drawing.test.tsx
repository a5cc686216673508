import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LoudnessCurve } from './loudness-curve';
import { SpectrogramView } from './spectrogram-view';
import { WaveformView } from './waveform-view';

/**
 * jsdom has no 2D canvas, so these tests hand the drawings a context that records what they
 * ask of it (and a box 300 pixels wide): what is drawn is checked, not how it looks.
 */
interface Call {
  name: string;
  args: unknown[];
}

let calls: Call[] = [];
function recordingContext(): CanvasRenderingContext2D {
  const state: Record<string | symbol, unknown> = {};
  return new Proxy(state, {
    get(target, prop) {
      if (prop === 'createImageData') {
        return (w: number, h: number) => ({ width: w, height: h, data: new Uint8ClampedArray(w * h * 4) });
      }
      if (prop in target) return target[prop];
      return (...args: unknown[]) => {
        calls.push({ name: String(prop), args });
      };
    },
    set(target, prop, value) {
      target[prop] = value;
      calls.push({ name: `set ${String(prop)}`, args: [value] });
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
}

const named = (name: string) => calls.filter((c) => c.name === name);
const texts = () => named('fillText').map((c) => c.args[0]);

beforeEach(() => {
  calls = [];
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(
    recordingContext as unknown as HTMLCanvasElement['getContext'],
  );
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(300);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  document.documentElement.classList.remove('dark');
  document.documentElement.style.removeProperty('--c-accent');
});

const FRAMES = 600;
const waveMax = Float32Array.from({ length: FRAMES }, (_, i) => Math.sin((Math.PI * i) / FRAMES));
const waveMin = waveMax.map((v) => -v);

describe('drawing on the canvas', () => {
  it('draws the waveform one column per pixel, the section labels and the beat grid, in the theme’s accent', () => {
    document.documentElement.style.setProperty('--c-accent', '#123456');
    render(
      <WaveformView
        hopMs={100}
        waveMin={waveMin}
        waveMax={waveMax}
        beats={[0, 10_000, 20_000]}
        downbeats={[0]}
        sections={[
          { start_ms: 0, end_ms: 20_000, label: 'intro' },
          { start_ms: 20_000, end_ms: 60_000, label: 'drop' },
        ]}
      />,
    );
    expect(texts()).toEqual(['intro', 'drop']);
    expect(named('fillRect').length).toBe(1 + 300); // the shaded second section, then 300 columns
    expect(named('moveTo').length).toBe(3 + 1); // three beats, one downbeat
    expect(calls.some((c) => c.name === 'set fillStyle' && c.args[0] === '#123456')).toBe(true);
  });

  it('paints again with the new colours when the theme changes', async () => {
    render(<WaveformView hopMs={100} waveMin={waveMin} waveMax={waveMax} />);
    const before = named('clearRect').length;
    await act(async () => {
      document.documentElement.classList.add('dark');
    });
    expect(named('clearRect').length).toBe(before + 1);
  });

  it('moves the playhead without painting the waveform again', () => {
    const view = render(<WaveformView hopMs={100} waveMin={waveMin} waveMax={waveMax} positionMs={0} />);
    const paints = named('clearRect').length;
    view.rerender(<WaveformView hopMs={100} waveMin={waveMin} waveMax={waveMax} positionMs={30_000} />);
    expect(named('clearRect').length).toBe(paints);
    const playhead = view.container.querySelector<HTMLElement>('[aria-hidden].bg-fg');
    expect(playhead?.style.left).toBe('50%');
  });

  it('draws the loudness curve across the width with its −14 and −23 LUFS guides', () => {
    const shortTerm = waveMax.map((v) => (v > 0 ? 20 * Math.log10(v) - 8 : -120));
    render(<LoudnessCurve hopMs={100} shortTerm={shortTerm} />);
    expect(texts()).toEqual(['−14 LUFS streaming', '−23 LUFS broadcast']);
    expect(named('lineTo').length).toBe(2 + 299 + 2); // the guides, the curve, the fill's corners
    expect(named('fill')).toHaveLength(1);
  });

  it('draws the spectrogram as one pixel per column and band, stretched to the canvas', () => {
    const bands = 8;
    const spectrum = new Float32Array(FRAMES * bands).map((_, i) => -(i % bands) * 10);
    render(<SpectrogramView hopMs={100} bandCount={bands} spectrumDb={spectrum} height={160} />);
    const image = named('putImageData')[0]?.args[0] as ImageData | undefined;
    expect({ width: image?.width, height: image?.height }).toEqual({ width: 300, height: bands });
    expect(named('drawImage')[0]?.args.slice(1)).toEqual([0, 0, 300, 160]);
  });
});
