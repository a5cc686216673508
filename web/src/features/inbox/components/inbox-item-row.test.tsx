import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InboxItemWire } from '../api/types';
import { InboxItemRow } from './inbox-item-row';

afterEach(cleanup);

const base: InboxItemWire = {
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'capture',
  title: 'Call the venue',
  body: 'About the date',
  tags: ['gig'],
  data: {},
  read_at: null,
  archived_at: null,
  processed_at: null,
  processed_into_type: null,
  processed_into_id: null,
  created_at: new Date().toISOString(),
  updated_at: new Date().toISOString(),
};

function setup(item: InboxItemWire) {
  const actions = { onToggleRead: vi.fn(), onToggleArchive: vi.fn(), onProcess: vi.fn(), onDelete: vi.fn() };
  render(
    <MemoryRouter>
      <ul>
        <InboxItemRow item={item} actions={actions} />
      </ul>
    </MemoryRouter>,
  );
  return actions;
}

describe('InboxItemRow', () => {
  it('says an item is unread and names each action after it', () => {
    const actions = setup(base);
    expect(screen.getByRole('listitem').textContent).toContain('(unread)');
    fireEvent.click(screen.getByRole('button', { name: 'Mark “Call the venue” read' }));
    fireEvent.click(screen.getByRole('button', { name: 'Archive “Call the venue”' }));
    fireEvent.click(screen.getByRole('button', { name: 'Process “Call the venue” into…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete “Call the venue”' }));
    expect(actions.onToggleRead).toHaveBeenCalledWith(base);
    expect(actions.onToggleArchive).toHaveBeenCalledWith(base);
    expect(actions.onProcess).toHaveBeenCalledWith(base);
    expect(actions.onDelete).toHaveBeenCalledWith(base);
  });

  it('links a processed item to what it became and offers no second processing', () => {
    setup({
      ...base,
      read_at: base.created_at,
      archived_at: base.created_at,
      processed_at: base.created_at,
      processed_into_type: 'goal',
      processed_into_id: '00000000-0000-4000-8000-000000000002',
    });
    expect(screen.getByRole('link', { name: 'Became a goal' }).getAttribute('href')).toBe(
      '/goals?goal=00000000-0000-4000-8000-000000000002',
    );
    expect(screen.queryByRole('button', { name: /^Process/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Mark “Call the venue” unread' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Move “Call the venue” back to the inbox' })).toBeTruthy();
  });

  it('opens where a notification leads, which reads it', () => {
    const actions = setup({
      ...base,
      kind: 'system',
      title: 'You reached level 2',
      body: null,
      data: { event: 'level_up', link: '/progress' },
    });
    const open = screen.getByRole('link', { name: 'Open' });
    expect(open.getAttribute('href')).toBe('/progress');
    fireEvent.click(open);
    expect(actions.onToggleRead).toHaveBeenCalledTimes(1);
  });
});
