import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnnotationWire } from '../api/types';
import { AnnotationEditor } from './annotation-editor';
import { AnnotationList } from './annotation-list';

afterEach(cleanup);

describe('AnnotationEditor', () => {
  it('pins a new annotation where the player is when added, with its type, tags and private flag, then empties', () => {
    const onSubmit = vi.fn();
    let now = 83_400;
    render(<AnnotationEditor nowMs={() => now} positionMs={83_400} submitLabel="Add annotation" onSubmit={onSubmit} />);
    expect(screen.getByTestId('annotation-where').textContent).toBe('At 1:23.4 (where the player is)');
    fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'mix' } });
    fireEvent.change(screen.getByLabelText('Annotation'), { target: { value: 'Snare drier here' } });
    fireEvent.change(screen.getByLabelText('Tags'), { target: { value: 'snare, , Reverb' } });
    fireEvent.click(screen.getByLabelText('Private'));
    now = 84_000;
    fireEvent.click(screen.getByRole('button', { name: 'Add annotation' }));
    expect(onSubmit).toHaveBeenCalledWith({
      start_ms: 84_000,
      end_ms: null,
      type: 'mix',
      body: 'Snare drier here',
      tags: ['snare', 'Reverb'],
      is_private: false,
    });
    expect((screen.getByLabelText('Annotation') as HTMLTextAreaElement).value).toBe('');
  });

  it('spans a range set from the player, or from the selected region', () => {
    const onSubmit = vi.fn();
    let now = 1_000;
    render(
      <AnnotationEditor
        nowMs={() => now}
        positionMs={0}
        region={{ name: 'Chorus', start_ms: 60_000, end_ms: 75_500 }}
        submitLabel="Add annotation"
        onSubmit={onSubmit}
      />,
    );
    fireEvent.click(screen.getByLabelText('A range'));
    fireEvent.click(screen.getByRole('button', { name: 'Start here' }));
    fireEvent.change(screen.getByLabelText('Annotation'), { target: { value: 'Build-up' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add annotation' }));
    expect(screen.getByRole('alert').textContent).toBe('Set an end after the start');
    now = 9_500;
    fireEvent.click(screen.getByRole('button', { name: 'End here' }));
    expect(screen.getByTestId('annotation-where').textContent).toBe('From 0:01.0 to 0:09.5');
    fireEvent.click(screen.getByRole('button', { name: 'Add annotation' }));
    expect(onSubmit).toHaveBeenLastCalledWith(
      expect.objectContaining({ start_ms: 1_000, end_ms: 9_500, body: 'Build-up' }),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Use region Chorus' }));
    fireEvent.change(screen.getByLabelText('Annotation'), { target: { value: 'Wide' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add annotation' }));
    expect(onSubmit).toHaveBeenLastCalledWith(
      expect.objectContaining({ start_ms: 60_000, end_ms: 75_500, body: 'Wide' }),
    );
  });

  it('refuses a blank annotation, saying why beside the field', () => {
    const onSubmit = vi.fn();
    render(<AnnotationEditor nowMs={() => 0} positionMs={0} submitLabel="Add annotation" onSubmit={onSubmit} />);
    fireEvent.change(screen.getByLabelText('Annotation'), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add annotation' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Write something');
    expect(screen.getByLabelText('Annotation').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Annotation').getAttribute('maxlength')).toBe('10000');
  });
});

const annotation = (over: Partial<AnnotationWire>): AnnotationWire => ({
  id: crypto.randomUUID(),
  track_id: crypto.randomUUID(),
  start_ms: 0,
  end_ms: null,
  type: 'note',
  body: '',
  tags: [],
  is_private: true,
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
  ...over,
});

describe('AnnotationList', () => {
  it('lists by start time, jumps to one, edits one in place and deletes one', async () => {
    const late = annotation({
      start_ms: 65_000,
      end_ms: 80_000,
      body: 'Chorus opens up',
      type: 'arrangement',
      tags: ['wide'],
    });
    const early = annotation({ start_ms: 4_000, body: 'Kick is short' });
    const onSeek = vi.fn();
    const onSave = vi.fn(async () => undefined);
    const onDelete = vi.fn();
    render(
      <AnnotationList
        annotations={[late, early]}
        nowMs={() => 0}
        positionMs={0}
        onSeek={onSeek}
        onSave={onSave}
        onDelete={onDelete}
      />,
    );

    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringContaining('Kick is short'),
      expect.stringContaining('Chorus opens up'),
    ]);
    expect(items[1]?.textContent).toContain('1:05–1:20');
    expect(items[1]?.textContent).toContain('#wide');
    expect(items[1]?.textContent).toContain('Private');
    fireEvent.click(screen.getByRole('button', { name: 'Play from 1:05' }));
    expect(onSeek).toHaveBeenCalledWith(65_000);

    fireEvent.click(screen.getByRole('button', { name: 'Edit annotation at 0:04' }));
    expect((screen.getByLabelText('Annotation') as HTMLTextAreaElement).value).toBe('Kick is short');
    fireEvent.change(screen.getByLabelText('Annotation'), { target: { value: 'Kick is short and dry' } });
    fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'sound_design' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith(early.id, {
      start_ms: 4_000,
      end_ms: null,
      type: 'sound_design',
      body: 'Kick is short and dry',
      tags: [],
      is_private: true,
    });
    expect(await screen.findByRole('button', { name: 'Edit annotation at 0:04' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Delete annotation at 1:05' }));
    expect(onDelete).toHaveBeenCalledWith(late);
  });
});
