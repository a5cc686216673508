import { describe, expect, it } from 'vitest';
import { listeningPromptState, promptSearch } from './listening';

const band = (low_hz: number, high_hz: number) => ({ preset_type: 'focus_band', config: { low_hz, high_hz } });

describe('promptSearch', () => {
  it('carries the key and the first band, loop and comparison of the template', () => {
    const search = promptSearch({
      key: 'layered_sound',
      presets: [
        band(80, 800),
        band(2000, 8000),
        { preset_type: 'loop', config: { bars: 2 } },
        { preset_type: 'comparison', config: { mode: 'mono_fold', gain_match: true } },
      ],
    });
    expect(search).toBe('prompt=layered_sound&band=80-800&loop=2&compare=mono_fold');
  });

  it('is only the key for a template without presets, and says when gain matching is off', () => {
    expect(promptSearch({ key: 'first_impressions', presets: [] })).toBe('prompt=first_impressions');
    expect(
      promptSearch({
        key: 'x',
        presets: [{ preset_type: 'comparison', config: { mode: 'track_ab', gain_match: false } }],
      }),
    ).toBe('prompt=x&compare=track_ab&gain_match=0');
  });
});

describe('listeningPromptState', () => {
  const read = (search: string) => listeningPromptState.safeParse(Object.fromEntries(new URLSearchParams(search)));

  it('reads what promptSearch writes', () => {
    expect(read('prompt=kick_and_bass&band=30-150&loop=4&compare=track_ab&gain_match=0').data).toEqual({
      prompt: 'kick_and_bass',
      band: [30, 150],
      loop: 4,
      compare: 'track_ab',
      gain_match: false,
    });
  });

  it('drops a malformed band, loop or comparison instead of failing, but needs a valid prompt key', () => {
    expect(read('prompt=mono_check&band=500-100&loop=200&compare=wide&gain_match=yes').data).toEqual({
      prompt: 'mono_check',
    });
    expect(read('prompt=mono_check&band=10-30000').data).toEqual({ prompt: 'mono_check' });
    expect(read('band=30-150').success).toBe(false);
    expect(read('prompt=Not A Key').success).toBe(false);
  });
});
