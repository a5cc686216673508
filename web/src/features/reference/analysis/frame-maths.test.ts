import { describe, expect, it } from 'vitest';
import { COLOUR_TABLE, colourAt, oklabToRgb, rgbToOklab } from './colour-map';
import {
  columnEnvelope,
  columnFrames,
  columnMax,
  describeLoudness,
  describeSpectrogram,
  describeWaveform,
  lufsHeight,
  spectrogramPixels,
  spectrogramRange,
} from './frame-maths';

/** A sine's envelope: `frames` frames of a tone whose level rises from 0 to 1. */
const rising = (frames: number) => {
  const max = Float32Array.from({ length: frames }, (_, i) => i / (frames - 1));
  return { max, min: max.map((v) => -v) };
};

describe('columnFrames', () => {
  it('gives every frame to exactly one column when there are more frames than columns', () => {
    const seen = new Set<number>();
    for (let x = 0; x < 7; x++) {
      const [from, to] = columnFrames(x, 7, 100);
      for (let f = from; f < to; f++) {
        expect(seen.has(f)).toBe(false);
        seen.add(f);
      }
    }
    expect(seen.size).toBe(100);
  });

  it('repeats a frame over several columns when there are fewer frames than columns', () => {
    expect(columnFrames(0, 10, 3)).toEqual([0, 1]);
    expect(columnFrames(9, 10, 3)).toEqual([2, 3]);
  });
});

describe('columnEnvelope and columnMax', () => {
  it('keeps the lowest and highest sample of each column', () => {
    const { min, max } = rising(1000);
    const env = columnEnvelope(min, max, 10);
    expect(env.max[0]).toBeCloseTo(99 / 999, 6);
    expect(env.max[9]).toBe(1);
    expect(env.min[9]).toBe(-1);
    // A click in one frame survives the reduction.
    const clicked = new Float32Array(1000);
    clicked[555] = 0.9;
    expect(columnEnvelope(new Float32Array(1000), clicked, 10).max[5]).toBeCloseTo(0.9, 6);
  });

  it('keeps the loudest frame of each column, and NaN for no frames', () => {
    const st = new Float32Array([-30, -12, -40, -20]);
    expect([...columnMax(st, 2)]).toEqual([-12, -20]);
    expect(Number.isNaN(columnMax(new Float32Array(0), 3)[0])).toBe(true);
  });
});

describe('lufsHeight', () => {
  it('maps −60…0 LUFS to the bottom…top, clamping silence and overs', () => {
    expect(lufsHeight(-60)).toBe(0);
    expect(lufsHeight(-120)).toBe(0);
    expect(lufsHeight(-15)).toBe(0.75);
    expect(lufsHeight(3)).toBe(1);
  });
});

describe('the colour map', () => {
  it('gets lighter at every step, so louder always looks brighter', () => {
    let last = -1;
    for (let i = 0; i <= 64; i++) {
      const [L] = rgbToOklab(colourAt(i / 64));
      expect(L).toBeGreaterThan(last);
      last = L;
    }
  });

  it('converts sRGB to OKLab and back', () => {
    expect(rgbToOklab([255, 255, 255])[0]).toBeCloseTo(1, 3);
    expect(rgbToOklab([0, 0, 0])[0]).toBeCloseTo(0, 6);
    for (const rgb of [
      [11, 7, 36],
      [222, 73, 104],
      [12, 200, 99],
    ] as const) {
      expect(oklabToRgb(rgbToOklab(rgb))).toEqual(rgb);
    }
  });

  it('clamps outside 0…1 and tabulates 256 colours', () => {
    expect(colourAt(-1)).toEqual(colourAt(0));
    expect(colourAt(Number.NaN)).toEqual(colourAt(0));
    expect(colourAt(2)).toEqual([252, 253, 191]);
    expect([...COLOUR_TABLE.slice(255 * 3)]).toEqual([252, 253, 191]);
  });
});

describe('spectrogramPixels', () => {
  it('puts the highest band in the top row and colours the loudest level brightest', () => {
    // Two frames of three bands: the lowest band loud, the others at the floor.
    const db = new Float32Array([0, -80, -80, 0, -80, -80]);
    const { floorDb, topDb } = spectrogramRange(db);
    expect({ floorDb, topDb }).toEqual({ floorDb: -80, topDb: 0 });
    const px = spectrogramPixels(db, 3, 2, floorDb, topDb);
    expect(px.length).toBe(2 * 3 * 4);
    const pixel = (x: number, row: number) => [...px.slice((row * 2 + x) * 4, (row * 2 + x) * 4 + 4)];
    expect(pixel(0, 2)).toEqual([...colourAt(1), 255]); // bottom row: the loud low band
    expect(pixel(1, 0)).toEqual([...colourAt(0), 255]); // top row: the quiet high band
  });
});

describe('the text alternatives', () => {
  it('say the length, the beats and the sections of the waveform', () => {
    expect(
      describeWaveform(185_000, 394, [
        { start_ms: 0, end_ms: 30_000, label: 'intro' },
        { start_ms: 30_000, end_ms: 185_000, label: 'drop' },
      ]),
    ).toBe('Waveform of 3:05; 394 beats marked; sections: intro 0:00–0:30, drop 0:30–3:05.');
  });

  it('say the loudness range and where it is loudest, ignoring silence', () => {
    const st = new Float32Array([-120, -30, -8.5, -20]);
    expect(describeLoudness(1000, st)).toBe(
      'Short-term loudness over 0:04, from −30.0 to −8.5 LUFS, loudest at 0:02; guides at −14 LUFS (streaming) and −23 LUFS (broadcast).',
    );
    expect(describeLoudness(10, new Float32Array([-120, -120]))).toMatch(/silent throughout/);
  });

  it('say where the spectrogram holds most energy', () => {
    const bass = new Float32Array(6 * 10).map((_, i) => (i % 6 < 2 ? -10 : -70));
    expect(describeSpectrogram(100, 6, bass)).toBe(
      'Spectrogram over 0:01, 6 mel bands from low (bottom) to high (top); most energy in the low bands (bass).',
    );
  });
});
