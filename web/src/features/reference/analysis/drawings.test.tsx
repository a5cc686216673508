import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoudnessCurve } from './loudness-curve';
import { SpectrogramView } from './spectrogram-view';
import { WaveformView } from './waveform-view';

afterEach(cleanup);

const HOP = 100;
const FRAMES = 600; // a minute at the 100 ms overview hop
/** A tone swelling and fading: its envelope per frame. */
const waveMax = Float32Array.from({ length: FRAMES }, (_, i) => Math.sin((Math.PI * i) / FRAMES));
const waveMin = waveMax.map((v) => -v);
const shortTerm = waveMax.map((v) => (v > 0 ? 20 * Math.log10(v) - 8 : -120));

/** The text alternative tied to a drawing. */
const description = (img: HTMLElement) =>
  document.getElementById(img.getAttribute('aria-describedby') ?? '')?.textContent;

describe('the drawings', () => {
  it('name the waveform and describe its beats and sections, and seek where the user chooses', () => {
    const onSeek = vi.fn();
    render(
      <WaveformView
        hopMs={HOP}
        waveMin={waveMin}
        waveMax={waveMax}
        beats={[0, 500, 1000, 1500]}
        downbeats={[0]}
        sections={[
          { start_ms: 0, end_ms: 20_000, label: 'intro' },
          { start_ms: 20_000, end_ms: 60_000, label: 'verse' },
        ]}
        positionMs={15_000}
        onSeek={onSeek}
      />,
    );
    const img = screen.getByRole('img', { name: 'Waveform' });
    expect(description(img)).toBe('Waveform of 1:00; 4 beats marked; sections: intro 0:00–0:20, verse 0:20–1:00.');

    const seek = screen.getByRole('slider', { name: 'Seek in the waveform' });
    expect(seek.getAttribute('aria-valuetext')).toBe('0:15 of 1:00');
    expect(seek.getAttribute('max')).toBe('60000');
    fireEvent.change(seek, { target: { value: '42000' } });
    expect(onSeek).toHaveBeenCalledWith(42_000);
  });

  it('describe the loudness curve and the spectrogram, and offer no seeking without a callback', () => {
    const bands = 8;
    const spectrum = new Float32Array(FRAMES * bands).map((_, i) => (i % bands >= 6 ? -20 : -90));
    render(
      <>
        <LoudnessCurve hopMs={HOP} shortTerm={shortTerm} />
        <SpectrogramView hopMs={HOP} bandCount={bands} spectrumDb={spectrum} />
      </>,
    );
    expect(description(screen.getByRole('img', { name: 'Loudness curve' }))).toMatch(
      /^Short-term loudness over 1:00, from −\d+\.\d to −8\.0 LUFS, loudest at 0:30;/,
    );
    expect(description(screen.getByRole('img', { name: 'Spectrogram' }))).toMatch(
      /8 mel bands from low \(bottom\) to high \(top\); most energy in the high bands \(treble\)\.$/,
    );
    expect(screen.queryByRole('slider')).toBeNull();
  });
});
