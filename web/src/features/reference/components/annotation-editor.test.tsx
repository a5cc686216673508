import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnnotationWire } from '../api/types';
import { AnnotationEditor } from './annotation-editor';
import { AnnotationList } from './annotation-list';

afterEach(cleanup);

describe('AnnotationEditor', () => {
  it('writes a new annotation at the time shown, with its type, then empties for the next one', () => {
    const onSubmit = vi.fn();
    render(<AnnotationEditor atMs={83_400} submitLabel="Add annotation" onSubmit={onSubmit} />);
    expect(screen.getByText('1:23.4')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'mix' } });
    fireEvent.change(screen.getByLabelText('Annotation'), { target: { value: 'Snare drier here' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add annotation' }));
    expect(onSubmit).toHaveBeenCalledWith({ type: 'mix', body: 'Snare drier here' });
    expect((screen.getByLabelText('Annotation') as HTMLTextAreaElement).value).toBe('');
  });

  it('refuses a blank annotation, saying why beside the field', () => {
    const onSubmit = vi.fn();
    render(<AnnotationEditor atMs={0} submitLabel="Add annotation" onSubmit={onSubmit} />);
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
    const late = annotation({ start_ms: 65_000, body: 'Chorus opens up', type: 'arrangement' });
    const early = annotation({ start_ms: 4_000, body: 'Kick is short' });
    const onSeek = vi.fn();
    const onSave = vi.fn(async () => undefined);
    const onDelete = vi.fn();
    render(<AnnotationList annotations={[late, early]} onSeek={onSeek} onSave={onSave} onDelete={onDelete} />);

    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringContaining('Kick is short'),
      expect.stringContaining('Chorus opens up'),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Play from 1:05' }));
    expect(onSeek).toHaveBeenCalledWith(65_000);

    fireEvent.click(screen.getByRole('button', { name: 'Edit annotation at 0:04' }));
    expect((screen.getByLabelText('Annotation') as HTMLTextAreaElement).value).toBe('Kick is short');
    fireEvent.change(screen.getByLabelText('Annotation'), { target: { value: 'Kick is short and dry' } });
    fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'sound_design' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith(early.id, { type: 'sound_design', body: 'Kick is short and dry' });
    expect(await screen.findByRole('button', { name: 'Edit annotation at 0:04' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Delete annotation at 1:05' }));
    expect(onDelete).toHaveBeenCalledWith(late);
  });
});
