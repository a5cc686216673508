import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RegionWire } from '../api/types';
import { RegionEditor } from './region-editor';

afterEach(cleanup);

const region = (over: Partial<RegionWire> = {}): RegionWire => ({
  id: crypto.randomUUID(),
  track_id: crypto.randomUUID(),
  name: 'Verse',
  kind: 'section',
  start_ms: 12_000,
  end_ms: 31_500,
  color: null,
  notes: null,
  is_favorite: false,
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
  ...over,
});

function renderEditor(r: RegionWire, looping = false) {
  const on = {
    onSave: vi.fn(async () => undefined),
    onPlay: vi.fn(),
    onLoop: vi.fn(),
    onDelete: vi.fn(),
    onClose: vi.fn(),
  };
  render(<RegionEditor region={r} looping={looping} {...on} />);
  return on;
}

describe('RegionEditor', () => {
  it('saves the name, kind, colour, notes and favourite as edited', () => {
    const on = renderEditor(region());
    expect(screen.getByText('0:12.0 to 0:31.5')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: '  Verse 2 ' } });
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'loop' } });
    fireEvent.click(screen.getByLabelText('Amber'));
    fireEvent.change(screen.getByLabelText('Notes'), { target: { value: 'Drums drop out' } });
    fireEvent.click(screen.getByLabelText('Favourite'));
    fireEvent.click(screen.getByRole('button', { name: 'Save region' }));
    expect(on.onSave).toHaveBeenCalledWith({
      name: 'Verse 2',
      kind: 'loop',
      color: '#f59e0b',
      notes: 'Drums drop out',
      is_favorite: true,
    });
  });

  it('clears the colour and the notes back to none', () => {
    const on = renderEditor(region({ color: '#123456', notes: 'Old', is_favorite: true }));
    expect((screen.getByLabelText('Its own colour') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText('Default'));
    fireEvent.change(screen.getByLabelText('Notes'), { target: { value: ' ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save region' }));
    expect(on.onSave).toHaveBeenCalledWith(expect.objectContaining({ color: null, notes: null, is_favorite: true }));
  });

  it('refuses an empty name, saying why beside the field', () => {
    const on = renderEditor(region());
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save region' }));
    expect(on.onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Name the region');
    expect(screen.getByLabelText('Name').getAttribute('maxlength')).toBe('200');
  });

  it('plays, loops (a pressed toggle), deletes and closes', () => {
    const on = renderEditor(region(), true);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(on.onPlay).toHaveBeenCalled();
    const loop = screen.getByRole('button', { name: 'Loop' });
    expect(loop.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(loop);
    expect(on.onLoop).toHaveBeenCalledWith(false);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(on.onDelete).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Close the region editor' }));
    expect(on.onClose).toHaveBeenCalled();
  });
});
