import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newEventValues } from '../utils/event-values';
import { EventForm } from './event-form';

afterEach(cleanup);

function setup(scope: 'event' | 'occurrence' = 'event') {
  const onSubmit = vi.fn();
  render(
    <EventForm
      initial={newEventValues('2026-03-16', 9 * 60, 'Europe/Berlin')}
      scope={scope}
      submitLabel="Add event"
      saving={false}
      onSubmit={onSubmit}
      onCancel={() => {}}
    />,
  );
  return onSubmit;
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Add event' }));

describe('EventForm', () => {
  it('reads the times in the event’s zone and turns the repeat choice into a rule', () => {
    const onSubmit = setup();
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: ' Rehearsal ' } });
    fireEvent.change(screen.getByLabelText('Repeat'), { target: { value: 'weekly' } });
    fireEvent.click(screen.getByRole('checkbox', { name: '10 minutes before' }));
    submit();
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Rehearsal',
        start_time: '2026-03-16T08:00:00.000Z',
        end_time: '2026-03-16T09:00:00.000Z',
        timezone: 'Europe/Berlin',
        recurrence_rule: 'FREQ=WEEKLY',
        reminders: [10],
      }),
    );
  });

  it('sends an all-day event from midnight of the first day to midnight after the last', () => {
    const onSubmit = setup();
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Festival' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'All day' }));
    fireEvent.change(screen.getByLabelText('Last day (optional)'), { target: { value: '2026-03-18' } });
    submit();
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        all_day: true,
        start_time: '2026-03-15T23:00:00.000Z',
        end_time: '2026-03-18T23:00:00.000Z',
      }),
    );
  });

  it('refuses an empty title and an end before the start, naming the fields', () => {
    const onSubmit = setup();
    fireEvent.change(screen.getByLabelText('Ends (optional)'), { target: { value: '2026-03-16T08:00' } });
    submit();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Give the event a title.')).toBeTruthy();
    expect(screen.getByText('The end is before the start.')).toBeTruthy();
  });

  it('offers only what one occurrence may change', () => {
    setup('occurrence');
    expect(screen.getByText('Changes apply to this occurrence only.')).toBeTruthy();
    expect(screen.queryByLabelText('Repeat')).toBeNull();
    expect(screen.queryByLabelText('Time zone')).toBeNull();
    expect(screen.queryByRole('group', { name: 'Reminders' })).toBeNull();
  });
});
