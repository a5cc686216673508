import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FocusLibraryTrackWire } from '../api/libraries';
import { MusicPlayer } from './music-player';

const track = (n: number, title: string): FocusLibraryTrackWire => ({
  track_id: `00000000-0000-4000-8000-00000000000${n}`,
  sort_order: n,
  added_at: '2026-01-01T00:00:00.000Z',
  title,
  artist: null,
  duration_seconds: 60,
});
const tracks = [track(1, 'Rain'), track(2, 'Tape hiss')];
const audio = () => screen.getByTestId('focus-music-audio') as HTMLAudioElement;

let play: ReturnType<typeof vi.spyOn>;
let pause: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  play = vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
  pause = vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('MusicPlayer', () => {
  it('plays the tracks in order, then loops back to the first', () => {
    render(<MusicPlayer tracks={tracks} running />);
    expect(audio().getAttribute('src')).toBe(`/api/reference/tracks/${tracks[0]?.track_id}/audio`);
    expect(audio().hasAttribute('controls')).toBe(false);
    expect(screen.getByText('Rain')).toBeTruthy();
    expect(play).toHaveBeenCalled();

    fireEvent.ended(audio());
    expect(audio().getAttribute('src')).toBe(`/api/reference/tracks/${tracks[1]?.track_id}/audio`);
    expect(screen.getByText('Tape hiss')).toBeTruthy();

    fireEvent.ended(audio());
    expect(audio().getAttribute('src')).toBe(`/api/reference/tracks/${tracks[0]?.track_id}/audio`);
  });

  it('skips on demand, and pauses when the session does or the user asks', () => {
    const { rerender } = render(<MusicPlayer tracks={tracks} running />);
    fireEvent.click(screen.getByRole('button', { name: 'Next track' }));
    expect(screen.getByText('Tape hiss')).toBeTruthy();

    pause.mockClear();
    rerender(<MusicPlayer tracks={tracks} running={false} />);
    expect(pause).toHaveBeenCalled();

    rerender(<MusicPlayer tracks={tracks} running />);
    play.mockClear();
    pause.mockClear();
    fireEvent.click(screen.getByRole('button', { name: 'Pause music' }));
    expect(pause).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Play music' }));
    expect(play).toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('Music volume'), { target: { value: '0.25' } });
    expect(audio().volume).toBe(0.25);
  });
});
