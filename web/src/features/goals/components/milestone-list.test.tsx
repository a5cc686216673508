import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MilestoneList, type MilestoneView } from './milestone-list';

afterEach(cleanup);

const steps: MilestoneView[] = [
  { id: 'a', title: 'Write', completed: true },
  { id: 'b', title: 'Mix', completed: false },
];

function setup(adding = false) {
  const on = {
    onAdd: vi.fn(),
    onToggle: vi.fn(),
    onRename: vi.fn(),
    onMove: vi.fn(),
    onDelete: vi.fn(),
  };
  render(<MilestoneList milestones={steps} busyIds={new Set()} adding={adding} {...on} />);
  return on;
}

describe('MilestoneList', () => {
  it('adds with Enter, even while the previous one is still being saved', () => {
    const on = setup(true);
    const input = screen.getByRole('textbox', { name: 'New milestone' });
    fireEvent.change(input, { target: { value: '  Master ' } });
    fireEvent.submit(input);
    expect(on.onAdd).toHaveBeenCalledWith('Master');
    expect((input as HTMLInputElement).value).toBe('');
    expect((screen.getByRole('button', { name: 'Add' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('ticks, moves and deletes with labelled controls', () => {
    const on = setup();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Mix' }));
    expect(on.onToggle).toHaveBeenCalledWith(steps[1]);
    fireEvent.click(screen.getByRole('button', { name: 'Move Mix up' }));
    expect(on.onMove).toHaveBeenCalledWith(steps[1], -1);
    fireEvent.click(screen.getByRole('button', { name: 'Move Mix down' }));
    expect(on.onMove).toHaveBeenCalledTimes(1); // already last
    fireEvent.click(screen.getByRole('button', { name: 'Delete Write' }));
    expect(on.onDelete).toHaveBeenCalledWith(steps[0]);
  });

  it('renames in place; Escape keeps the old title and returns focus to Edit', async () => {
    const on = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Edit Mix' }));
    const field = screen.getByRole('textbox', { name: 'Milestone title' });
    expect(document.activeElement).toBe(field);
    fireEvent.change(field, { target: { value: 'Mixdown' } });
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(on.onRename).not.toHaveBeenCalled();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit Mix' }));

    fireEvent.click(screen.getByRole('button', { name: 'Edit Mix' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Milestone title' }), { target: { value: 'Mixdown' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save milestone' }));
    expect(on.onRename).toHaveBeenCalledWith(steps[1], 'Mixdown');
  });
});
