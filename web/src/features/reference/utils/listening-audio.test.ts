import { describe, expect, it } from 'vitest';
import { changesSound, channelGains, viewsFor } from './listening-audio';

/** The left and right outputs of the matrix for one input frame. */
const mix = (gains: number[], left: number, right: number) => [
  (gains[0] ?? 0) * left + (gains[1] ?? 0) * right,
  (gains[2] ?? 0) * left + (gains[3] ?? 0) * right,
];

describe('the channel views of a listening comparison', () => {
  it('offers stereo and mono for a mono fold, stereo, mid and side for mid/side, and nothing to switch otherwise', () => {
    expect(viewsFor('mono_fold')).toEqual(['stereo', 'mono']);
    expect(viewsFor('mid_side')).toEqual(['stereo', 'mid', 'side']);
    expect(viewsFor('track_ab')).toEqual(['stereo']);
    expect(viewsFor(undefined)).toEqual(['stereo']);
  });

  it('passes stereo through, sums to mono, and keeps only the side signal on both sides', () => {
    expect(mix(channelGains('stereo'), 0.8, -0.2)).toEqual([0.8, -0.2]);
    const [left, right] = mix(channelGains('mono'), 0.8, -0.2);
    expect(left).toBeCloseTo(0.3, 12);
    expect(right).toBeCloseTo(0.3, 12);
    expect(mix(channelGains('mid'), 0.5, 0.5)).toEqual([0.5, 0.5]);
    // A centred sound (equal on both sides) vanishes from the side signal; an opposite one stays.
    expect(mix(channelGains('side'), 0.5, 0.5)).toEqual([0, 0]);
    expect(mix(channelGains('side'), 0.5, -0.5)).toEqual([0.5, 0.5]);
  });

  it('needs the audio graph only for a band or a view other than stereo', () => {
    expect(changesSound({ band: null, view: 'stereo' })).toBe(false);
    expect(changesSound({ band: [30, 150], view: 'stereo' })).toBe(true);
    expect(changesSound({ band: null, view: 'side' })).toBe(true);
  });
});
