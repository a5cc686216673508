/**
 * A perceptual colour map for the spectrogram: dark violet through magenta and orange to pale
 * yellow, interpolated in OKLab (Björn Ottosson, "A perceptual color space for image
 * processing", 2020) so equal steps in level look like equal steps in colour and lightness
 * rises steadily, which also reads in grey and for the common colour-vision deficiencies.
 */

type Rgb = readonly [number, number, number];
type Lab = readonly [number, number, number];

/** The anchors, darkest first (sRGB). */
const ANCHORS: readonly Rgb[] = [
  [11, 7, 36],
  [59, 15, 112],
  [140, 41, 129],
  [222, 73, 104],
  [254, 159, 109],
  [252, 253, 191],
];

const toLinear = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (v: number) => {
  const c = v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055;
  return Math.round(Math.min(1, Math.max(0, c)) * 255);
};

/** sRGB (0–255) to OKLab. */
export function rgbToOklab([r8, g8, b8]: Rgb): Lab {
  const [r, g, b] = [toLinear(r8), toLinear(g8), toLinear(b8)];
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

/** OKLab to sRGB (0–255, clipped to the gamut). */
export function oklabToRgb([L, a, bb]: Lab): Rgb {
  const l = (L + 0.3963377774 * a + 0.2158037573 * bb) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * bb) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * bb) ** 3;
  return [
    fromLinear(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s),
    fromLinear(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s),
    fromLinear(-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s),
  ];
}

const LAB_ANCHORS = ANCHORS.map(rgbToOklab);

/** The colour at `t` (0 = quietest, 1 = loudest; clamped). */
export function colourAt(t: number): Rgb {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (LAB_ANCHORS.length - 1);
  const i = Math.min(LAB_ANCHORS.length - 2, Math.floor(x));
  const f = x - i;
  const p = LAB_ANCHORS[i] as Lab;
  const q = LAB_ANCHORS[i + 1] as Lab;
  return oklabToRgb([p[0] + (q[0] - p[0]) * f, p[1] + (q[1] - p[1]) * f, p[2] + (q[2] - p[2]) * f]);
}

/** 256 colours of the map, RGB packed, for drawing many pixels fast. */
export const COLOUR_TABLE: Uint8Array = (() => {
  const table = new Uint8Array(256 * 3);
  for (let i = 0; i < 256; i++) table.set(colourAt(i / 255), i * 3);
  return table;
})();
