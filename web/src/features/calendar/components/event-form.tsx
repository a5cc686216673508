import { type FormEvent, useId, useMemo, useState } from 'react';
import { createCalendarEventBody } from '#common/contracts/calendar';
import { calendarEventTypes } from '#common/enums';
import { addDays } from '#common/time/day';
import { Button } from '@/components/ui/button';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { maxLengthOf } from '@/lib/limits';
import { atMinute, fromLocalInput, toLocalInput } from '../utils/dates';
import { colours, type EventFormValues, type EventType, lastDayOf, typeLabels } from '../utils/event-values';
import { type Repeat, repeatLabels, repeatOf, ruleOf } from '../utils/repeat';

const fields = createCalendarEventBody.shape;
const limits = {
  title: maxLengthOf(fields.title),
  description: maxLengthOf(fields.description),
  location: maxLengthOf(fields.location),
  repeatRule: maxLengthOf(fields.recurrence_rule),
};

const reminderChoices: Array<{ minutes: number; label: string }> = [
  { minutes: 0, label: 'At the start' },
  { minutes: 10, label: '10 minutes before' },
  { minutes: 30, label: '30 minutes before' },
  { minutes: 60, label: '1 hour before' },
  { minutes: 1440, label: '1 day before' },
];

const zones = (): string[] => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
};

interface EventFormProps {
  initial: EventFormValues;
  /** `occurrence`: only what one occurrence may change (title, times, place, colour, notes). */
  scope: 'event' | 'series' | 'occurrence';
  submitLabel: string;
  saving: boolean;
  onSubmit: (values: EventFormValues) => void;
  onCancel: () => void;
  /** A delete button of the right wording for the scope. */
  extra?: React.ReactNode;
}

/** Title, type, all-day, start and end, zone, place, colour, reminders and repeat of an event. */
export function EventForm({ initial, scope, submitLabel, saving, onSubmit, onCancel, extra }: EventFormProps) {
  const zoneListId = useId();
  const zoneList = useMemo(zones, []);
  const [title, setTitle] = useState(initial.title);
  const [description, setDescription] = useState(initial.description ?? '');
  const [type, setType] = useState<EventType>(initial.event_type);
  const [allDay, setAllDay] = useState(initial.all_day);
  const [timezone, setTimezone] = useState(initial.timezone);
  const tz = timezone.trim();
  const [start, setStart] = useState(toLocalInput(initial.start_time, initial.timezone));
  const [end, setEnd] = useState(() => {
    if (!initial.end_time) return '';
    if (initial.all_day) return `${lastDayOf(initial.end_time, initial.timezone)}T00:00`;
    return toLocalInput(initial.end_time, initial.timezone);
  });
  const [location, setLocation] = useState(initial.location ?? '');
  const [color, setColor] = useState(initial.color ?? '');
  const [reminders, setReminders] = useState<number[]>(initial.reminders);
  const [repeat, setRepeat] = useState<Repeat>(repeatOf(initial.recurrence_rule));
  const [custom, setCustom] = useState(initial.recurrence_rule ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const one = scope === 'occurrence';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!title.trim()) found.title = 'Give the event a title.';
    if (zoneList.length > 0 && tz !== 'UTC' && !zoneList.includes(tz))
      found.timezone = 'Pick a time zone from the list.';
    let startAt: Date | null;
    let endAt: Date | null = null;
    if (allDay) {
      const first = start.slice(0, 10);
      const last = (end || start).slice(0, 10);
      startAt = /^\d{4}-\d{2}-\d{2}$/.test(first) ? atMinute(first, 0, tz) : null;
      endAt = /^\d{4}-\d{2}-\d{2}$/.test(last) ? atMinute(addDays(last, 1), 0, tz) : null;
    } else {
      startAt = fromLocalInput(start, tz);
      endAt = end ? fromLocalInput(end, tz) : null;
      if (end && !endAt) found.end = 'Enter a full date and time, or leave it empty.';
    }
    if (!startAt) found.start = 'Enter when it starts.';
    if (startAt && endAt && endAt < startAt) found.end = 'The end is before the start.';
    if (repeat === 'custom' && !custom.trim()) found.repeat = 'Write the rule, e.g. FREQ=WEEKLY;BYDAY=MO,WE.';
    setErrors(found);
    if (Object.keys(found).length > 0 || !startAt) return;
    onSubmit({
      title: title.trim(),
      description: description.trim() || null,
      event_type: type,
      all_day: allDay,
      start_time: startAt.toISOString(),
      end_time: endAt ? endAt.toISOString() : null,
      timezone: tz,
      location: location.trim() || null,
      color: color || null,
      reminders,
      recurrence_rule: ruleOf(repeat, custom),
    });
  };

  const toggleReminder = (minutes: number, on: boolean) =>
    setReminders((r) => (on ? [...r, minutes].sort((a, b) => a - b) : r.filter((m) => m !== minutes)));
  const dateOnly = (v: string) => v.slice(0, 10);

  return (
    <form onSubmit={submit} className="grid gap-4" noValidate>
      {one && (
        <p className="rounded-lg bg-subtle px-3 py-2 text-sm text-muted">Changes apply to this occurrence only.</p>
      )}
      <Field label="Title" error={errors.title}>
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            value={title}
            maxLength={limits.title}
            placeholder="Session with Sam"
            onChange={(e) => setTitle(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            data-autofocus
          />
        )}
      </Field>
      {!one && (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Type">
            {({ id }) => (
              <Select id={id} value={type} onChange={(e) => setType(e.target.value as EventType)}>
                {calendarEventTypes.map((t) => (
                  <option key={t} value={t}>
                    {typeLabels[t]}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <label className="flex items-center gap-2 self-end pb-2 text-sm font-medium">
            <input
              type="checkbox"
              checked={allDay}
              onChange={(e) => {
                setAllDay(e.target.checked);
                if (e.target.checked) setEnd((v) => (v ? dateOnly(v) : v));
              }}
              className="size-4 accent-[var(--c-accent)]"
            />
            All day
          </label>
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={allDay ? 'First day' : 'Starts'} error={errors.start}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              type={allDay ? 'date' : 'datetime-local'}
              value={allDay ? dateOnly(start) : start}
              onChange={(e) =>
                setStart(allDay ? `${e.target.value}T${start.slice(11, 16) || '00:00'}` : e.target.value)
              }
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
            />
          )}
        </Field>
        <Field label={allDay ? 'Last day (optional)' : 'Ends (optional)'} error={errors.end}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              type={allDay ? 'date' : 'datetime-local'}
              value={allDay ? dateOnly(end) : end}
              onChange={(e) => setEnd(e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
            />
          )}
        </Field>
      </div>
      {!one && (
        <Field
          label="Time zone"
          hint="A repeating event keeps its local time in this zone across clock changes."
          error={errors.timezone}
        >
          {({ id, describedBy, invalid }) => (
            <>
              <Input
                id={id}
                list={zoneListId}
                value={timezone}
                onChange={(e) => setTimezone(e.target.value)}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
              />
              <datalist id={zoneListId}>
                {zoneList.map((z) => (
                  <option key={z} value={z} />
                ))}
              </datalist>
            </>
          )}
        </Field>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Location (optional)">
          {({ id }) => (
            <Input id={id} value={location} maxLength={limits.location} onChange={(e) => setLocation(e.target.value)} />
          )}
        </Field>
        <Field label="Colour">
          {({ id }) => (
            <Select id={id} value={color} onChange={(e) => setColor(e.target.value)}>
              {colours.map((c) => (
                <option key={c.label} value={c.value ?? ''}>
                  {c.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      {!one && (
        <Field label="Repeat" error={errors.repeat}>
          {({ id, describedBy, invalid }) => (
            <div className="grid gap-2">
              <Select id={id} value={repeat} onChange={(e) => setRepeat(e.target.value as Repeat)}>
                {(Object.keys(repeatLabels) as Repeat[]).map((r) => (
                  <option key={r} value={r}>
                    {repeatLabels[r]}
                  </option>
                ))}
              </Select>
              {repeat === 'custom' && (
                <Input
                  aria-label="Repeat rule"
                  value={custom}
                  maxLength={limits.repeatRule}
                  placeholder="FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10"
                  onChange={(e) => setCustom(e.target.value)}
                  aria-describedby={describedBy}
                  aria-invalid={invalid || undefined}
                  className="font-mono"
                />
              )}
            </div>
          )}
        </Field>
      )}
      {!one && (
        <fieldset className="grid gap-1.5">
          <legend className="mb-1 text-sm font-medium">Reminders</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1.5">
            {reminderChoices.map((r) => (
              <label key={r.minutes} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={reminders.includes(r.minutes)}
                  onChange={(e) => toggleReminder(r.minutes, e.target.checked)}
                  className="size-4 accent-[var(--c-accent)]"
                />
                {r.label}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <Field label="Notes (optional)">
        {({ id }) => (
          <Textarea
            id={id}
            rows={2}
            maxLength={limits.description}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        )}
      </Field>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>{extra}</div>
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" loading={saving}>
            {submitLabel}
          </Button>
        </div>
      </div>
    </form>
  );
}
