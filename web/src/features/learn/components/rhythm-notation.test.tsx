import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RhythmNotation } from './rhythm-notation';

afterEach(cleanup);

describe('RhythmNotation', () => {
  it('reads a pattern as the count of where its notes start, bar by bar', () => {
    render(<RhythmNotation pattern="q ee (q) q | 3[eee] e.s h" beatsPerBar={4} />);
    expect(screen.getByText(/^Notes on/).parentElement?.textContent).toBe('Notes on 1 2 & 4 1 trip let 2 a 3');
  });
});
