import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AnalysisNumbers } from './analysis-numbers';
import { results } from './test-data';

afterEach(cleanup);

/** The value and the hint the panel shows under a label. */
function reading(label: string) {
  const term = within(screen.getByLabelText('Analysis numbers')).getByText(label);
  const [value, hint] = [...(term.parentElement?.querySelectorAll('dd') ?? [])].map((d) => d.textContent);
  return { value, hint };
}

describe('AnalysisNumbers', () => {
  it('shows each number with its plain-language hint and how sure the tempo and key are', () => {
    render(<AnalysisNumbers results={results()} />);
    expect(reading('Integrated loudness')).toEqual({
      value: '−9.0 LUFS',
      hint: 'louder than most streaming platforms play back; it will be turned down by about 5 dB',
    });
    expect(reading('Loudness range').value).toBe('5.2 LU');
    expect(reading('True peak')).toEqual({
      value: '−0.2 dBTP',
      hint: 'above −1 dBTP: it may clip once encoded to MP3 or AAC; leave at least 1 dB of headroom',
    });
    expect(reading('Peak to loudness (PLR)').hint).toMatch(/^moderately compressed/);
    expect(reading('Tempo')).toEqual({ value: '128 BPM', hint: 'sure of the beat (86% confidence)' });
    expect(reading('Key')).toEqual({ value: 'A minor', hint: 'sure; otherwise C major (74% confidence)' });
  });

  it('says plainly what silence and a drone do not have', () => {
    render(
      <AnalysisNumbers
        results={results({
          integrated_lufs: null,
          loudness_range_lu: null,
          true_peak_dbtp: null,
          plr_db: null,
          bpm: null,
          bpm_confidence: null,
          key: null,
          key_confidence: null,
          key_runner_up: null,
        })}
      />,
    );
    expect(reading('Integrated loudness')).toEqual({ value: '—', hint: 'too quiet to measure: silence, or nearly' });
    expect(reading('Tempo')).toEqual({ value: '—', hint: 'no steady beat found' });
    expect(reading('Key').hint).toBe('no clear key: too little tonal content');
  });

  it('gives a fractional tempo one decimal', () => {
    render(<AnalysisNumbers results={results({ bpm: 87.46, bpm_confidence: 0.2 })} />);
    expect(reading('Tempo')).toEqual({
      value: '87.5 BPM',
      hint: 'unsure: check by ear, it may be half or double (20% confidence)',
    });
  });
});
