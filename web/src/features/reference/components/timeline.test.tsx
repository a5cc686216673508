import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TimeRange } from '../utils/timeline-math';
import { Timeline, type TimelineRegionData } from './timeline';

afterEach(cleanup);

const LENGTH = 10_000; // 10 s drawn over 1000 px: one pixel is 10 ms

/** jsdom lays nothing out: the bar is given a box 1000 px wide at x = 100. */
function layOut() {
  const bar = screen.getByTestId('timeline');
  bar.getBoundingClientRect = () => ({
    left: 100,
    width: 1000,
    top: 0,
    height: 80,
    right: 1100,
    bottom: 80,
    x: 100,
    y: 0,
    toJSON: () => ({}),
  });
  return bar;
}

const intro: TimelineRegionData = { id: 'r1', name: 'Intro', start_ms: 2000, end_ms: 4000, color: null };

/** A timeline that keeps what it is told, as the page's cache does. */
function Harness({
  onSeek,
  onCreate,
  onChange,
}: {
  onSeek?: (ms: number) => void;
  onCreate?: (r: TimeRange) => void;
  onChange?: (id: string, r: TimeRange) => void;
}) {
  const [regions, setRegions] = useState([intro]);
  return (
    <Timeline
      lengthMs={LENGTH}
      positionMs={1500}
      regions={regions}
      onSeek={onSeek ?? (() => undefined)}
      onCreate={onCreate}
      onChange={(id, range) => {
        onChange?.(id, range);
        setRegions((list) => list.map((r) => (r.id === id ? { ...r, ...range } : r)));
      }}
    />
  );
}

const press = (el: Element, x: number) => fireEvent.pointerDown(el, { pointerId: 1, button: 0, clientX: x });
const move = (el: Element, x: number) => fireEvent.pointerMove(el, { pointerId: 1, clientX: x });
const release = (el: Element, x: number) => fireEvent.pointerUp(el, { pointerId: 1, clientX: x });

describe('Timeline with the pointer', () => {
  it('seeks to the time clicked, within the track', () => {
    const onSeek = vi.fn();
    render(<Harness onSeek={onSeek} />);
    const bar = layOut();
    press(bar, 700);
    release(bar, 701);
    expect(onSeek).toHaveBeenLastCalledWith(6000);
    press(bar, 1500);
    release(bar, 1500);
    expect(onSeek).toHaveBeenLastCalledWith(LENGTH);
  });

  it('draws a region by dragging on empty bar, in either direction, and ignores one too short', () => {
    const onCreate = vi.fn();
    const onSeek = vi.fn();
    render(<Harness onCreate={onCreate} onSeek={onSeek} />);
    const bar = layOut();
    press(bar, 900);
    move(bar, 800);
    expect(screen.getByTestId('timeline-new-region')).toBeTruthy();
    release(bar, 750);
    expect(onCreate).toHaveBeenCalledWith({ start_ms: 6500, end_ms: 8000 });
    expect(screen.queryByTestId('timeline-new-region')).toBeNull();

    press(bar, 900);
    move(bar, 910);
    release(bar, 910); // 100 ms: shorter than a region may be
    expect(onCreate).toHaveBeenCalledTimes(1);
    expect(onSeek).not.toHaveBeenCalled();
  });

  it('moves a region by its body and resizes it by an edge, saving once when released', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const bar = layOut();
    const body = screen.getByRole('slider', { name: 'Intro' });
    press(body, 400);
    move(body, 450);
    expect(body.getAttribute('aria-valuetext')).toBe('0:02.5 to 0:04.5');
    move(body, 1100); // past the end: stops there
    release(body, 1100);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenLastCalledWith('r1', { start_ms: 8000, end_ms: 10_000 });

    const start = screen.getByRole('slider', { name: 'Start of Intro' });
    press(start, 900);
    move(start, 1095); // closer to the end than a region may be
    release(start, 1095);
    expect(onChange).toHaveBeenLastCalledWith('r1', { start_ms: 9750, end_ms: 10_000 });
    expect(bar).toBeTruthy();
  });

  it('selects a region clicked without dragging', () => {
    const onSelect = vi.fn();
    render(
      <Timeline lengthMs={LENGTH} positionMs={0} regions={[intro]} onSeek={() => undefined} onSelect={onSelect} />,
    );
    layOut();
    const body = screen.getByRole('slider', { name: 'Intro' });
    press(body, 400);
    move(body, 402);
    release(body, 402);
    expect(onSelect).toHaveBeenCalledWith('r1');
  });
});

describe('Timeline with the keyboard', () => {
  it('names the playhead and its value, and seeks with arrows, Page keys, Home and End', () => {
    const onSeek = vi.fn();
    render(<Harness onSeek={onSeek} />);
    const head = screen.getByRole('slider', { name: 'Playback position' });
    expect(head.getAttribute('aria-valuetext')).toBe('0:01.5 of 0:10');
    expect(head.tabIndex).toBe(0);
    fireEvent.keyDown(head, { key: 'ArrowRight' });
    expect(onSeek).toHaveBeenLastCalledWith(2500);
    fireEvent.keyDown(head, { key: 'PageDown' });
    expect(onSeek).toHaveBeenLastCalledWith(0);
    fireEvent.keyDown(head, { key: 'End' });
    expect(onSeek).toHaveBeenLastCalledWith(LENGTH);
  });

  it('moves a focused region by a tenth of a second (a second with Shift) and saves when the key is released', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const body = screen.getByRole('slider', { name: 'Intro' });
    fireEvent.keyDown(body, { key: 'ArrowRight' });
    fireEvent.keyDown(body, { key: 'ArrowRight' });
    expect(body.getAttribute('aria-valuetext')).toBe('0:02.2 to 0:04.2');
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.keyUp(body, { key: 'ArrowRight' });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenLastCalledWith('r1', { start_ms: 2200, end_ms: 4200 });

    fireEvent.keyDown(body, { key: 'ArrowLeft', shiftKey: true });
    fireEvent.keyUp(body, { key: 'ArrowLeft', shiftKey: true });
    expect(onChange).toHaveBeenLastCalledWith('r1', { start_ms: 1200, end_ms: 3200 });
    fireEvent.keyDown(body, { key: 'Home' });
    fireEvent.keyUp(body, { key: 'Home' });
    expect(onChange).toHaveBeenLastCalledWith('r1', { start_ms: 0, end_ms: 2000 });
  });

  it('resizes a region from its edges, never shorter than a quarter second nor past the track', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const end = screen.getByRole('slider', { name: 'End of Intro' });
    expect(end.getAttribute('aria-valuenow')).toBe('4000');
    fireEvent.keyDown(end, { key: 'End' });
    fireEvent.blur(end);
    expect(onChange).toHaveBeenLastCalledWith('r1', { start_ms: 2000, end_ms: LENGTH });
    const start = screen.getByRole('slider', { name: 'Start of Intro' });
    for (let i = 0; i < 100; i++) fireEvent.keyDown(start, { key: 'PageUp' });
    fireEvent.keyUp(start, { key: 'PageUp' });
    expect(onChange).toHaveBeenLastCalledWith('r1', { start_ms: 9750, end_ms: LENGTH });
  });

  it('marks annotations along the bar at their time, a range as wide as it lasts', () => {
    render(
      <Timeline
        lengthMs={LENGTH}
        positionMs={0}
        regions={[]}
        marks={[
          { id: 'a', start_ms: 2500, end_ms: null },
          { id: 'b', start_ms: 5000, end_ms: 7500 },
        ]}
        onSeek={() => undefined}
      />,
    );
    const marks = screen.getAllByTestId('timeline-mark');
    expect(marks.map((m) => [m.style.left, m.style.width])).toEqual([
      ['25%', '0%'],
      ['50%', '25%'],
    ]);
  });

  it('shows only the playhead until the length is known', () => {
    render(<Timeline lengthMs={0} positionMs={2000} regions={[intro]} onSeek={() => undefined} />);
    expect(screen.queryByRole('slider', { name: 'Intro' })).toBeNull();
    expect(screen.getByRole('slider', { name: 'Playback position' }).getAttribute('aria-valuetext')).toBe('0:02.0');
    expect(screen.getByText('The timeline shows the track once its length is known.')).toBeTruthy();
  });
});
