import { type FormEvent, useState } from 'react';
import { createCalendarEventBody } from '#common/contracts/calendar';
import { createGoalBody } from '#common/contracts/goals';
import { createHabitBody } from '#common/contracts/habits';
import { createNoteBody } from '#common/contracts/notes';
import { createQuestBody } from '#common/contracts/quests';
import { questDifficulties } from '#common/enums';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { errorMessage, isApiError } from '@/lib/api-client';
import { maxLengthOf } from '@/lib/limits';
import { useProcessItem } from '../api/process-item';
import type { InboxItemWire, ProcessResultWire, ProcessTarget } from '../api/types';
import { targetLabels } from '../utils/labels';

/** What each target accepts, from the contract of the thing it makes. */
const limits: Record<ProcessTarget, { title: number; description: number }> = {
  goal: { title: maxLengthOf(createGoalBody.shape.title), description: maxLengthOf(createGoalBody.shape.description) },
  habit: {
    title: maxLengthOf(createHabitBody.shape.name),
    description: maxLengthOf(createHabitBody.shape.description),
  },
  quest: {
    title: maxLengthOf(createQuestBody.shape.title),
    description: maxLengthOf(createQuestBody.shape.description),
  },
  calendar_event: {
    title: maxLengthOf(createCalendarEventBody.shape.title),
    description: maxLengthOf(createCalendarEventBody.shape.description),
  },
  idea: { title: maxLengthOf(createNoteBody.shape.title), description: maxLengthOf(createNoteBody.shape.body) },
  infobase: { title: maxLengthOf(createNoteBody.shape.title), description: maxLengthOf(createNoteBody.shape.body) },
};

interface ProcessDialogProps {
  item: InboxItemWire | null;
  onClose: () => void;
  onProcessed: (result: ProcessResultWire) => void;
}

/** "Process into…": pick what the item becomes and fill in what that needs, pre-filled from the item. */
export function ProcessDialog({ item, onClose, onProcessed }: ProcessDialogProps) {
  return (
    <Dialog
      open={item !== null}
      onClose={onClose}
      title="Process into…"
      description="Make something from this item; it then moves to the archive."
    >
      {item && <ProcessForm key={item.id} item={item} onCancel={onClose} onProcessed={onProcessed} />}
    </Dialog>
  );
}

const targets: ProcessTarget[] = ['goal', 'habit', 'quest', 'calendar_event', 'idea', 'infobase'];
const isNote = (t: ProcessTarget) => t === 'idea' || t === 'infobase';
const difficultyLabel = (d: string) => d.charAt(0).toUpperCase() + d.slice(1);

function ProcessForm({
  item,
  onCancel,
  onProcessed,
}: {
  item: InboxItemWire;
  onCancel: () => void;
  onProcessed: (result: ProcessResultWire) => void;
}) {
  const [target, setTarget] = useState<ProcessTarget>('goal');
  const [title, setTitle] = useState(item.title.slice(0, limits.goal.title));
  const [description, setDescription] = useState(item.body ?? '');
  const [targetDate, setTargetDate] = useState('');
  const [priority, setPriority] = useState<'low' | 'medium' | 'high'>('medium');
  const [perWeek, setPerWeek] = useState(0);
  const [difficulty, setDifficulty] = useState<(typeof questDifficulties)[number]>('starter');
  const [startAt, setStartAt] = useState('');
  const [endAt, setEndAt] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const process = useProcessItem();

  const fieldsFor = (): Record<string, unknown> => {
    const text = { description: description.trim() || null };
    if (target === 'habit') {
      return {
        name: title.trim(),
        ...text,
        ...(perWeek > 0 ? { schedule_type: 'times_per_week', times_per_week: perWeek } : { schedule_type: 'daily' }),
      };
    }
    if (target === 'goal') return { title: title.trim(), ...text, priority, target_date: targetDate || null };
    // A note's body is its markdown; the item's tags come with it.
    if (isNote(target)) return { title: title.trim(), body: description.trim() };
    if (target === 'calendar_event') {
      // The browser reads the local date and time in the user's zone.
      return {
        title: title.trim(),
        ...text,
        start_time: new Date(startAt).toISOString(),
        ...(endAt ? { end_time: new Date(endAt).toISOString() } : {}),
      };
    }
    return { title: title.trim(), ...text, difficulty };
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) {
      setErrors({ title: 'Give it a title.' });
      return;
    }
    if (target === 'calendar_event' && !startAt) {
      setErrors({ start_time: 'Choose when it starts.' });
      return;
    }
    setErrors({});
    setFormError(null);
    process.mutate(
      { id: item.id, body: { target, fields: fieldsFor() } },
      {
        onSuccess: onProcessed,
        onError: (err) => {
          // The API names the refused field as `body.fields.<name>`; show it beside that field.
          const found: Record<string, string> = {};
          if (isApiError(err)) {
            for (const d of err.details) {
              const name = d.path.split('.')[2];
              if (name) found[name === 'name' ? 'title' : name === 'body' ? 'description' : name] = d.message;
            }
          }
          setErrors(found);
          setFormError(errorMessage(err));
        },
      },
    );
  };

  return (
    <form onSubmit={submit} className="grid gap-5" noValidate>
      <Field label="Make it a">
        {({ id }) => (
          <Select id={id} value={target} onChange={(e) => setTarget(e.target.value as ProcessTarget)}>
            {targets.map((t) => (
              <option key={t} value={t}>
                {targetLabels[t]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label={target === 'habit' ? 'Habit name' : 'Title'} error={errors.title}>
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            value={title}
            maxLength={limits[target].title}
            onChange={(e) => setTitle(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            data-autofocus
          />
        )}
      </Field>
      <Field
        label={isNote(target) ? 'Text (optional)' : 'Description (optional)'}
        error={errors.description ?? errors.body}
      >
        {({ id, describedBy, invalid }) => (
          <Textarea
            id={id}
            rows={3}
            value={description}
            maxLength={limits[target].description}
            onChange={(e) => setDescription(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          />
        )}
      </Field>
      {target === 'goal' && (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Target date (optional)" error={errors.target_date}>
            {({ id }) => (
              <Input id={id} type="date" value={targetDate} onChange={(e) => setTargetDate(e.target.value)} />
            )}
          </Field>
          <Field label="Priority">
            {({ id }) => (
              <Select id={id} value={priority} onChange={(e) => setPriority(e.target.value as typeof priority)}>
                <option value="low">Low</option>
                <option value="medium">Medium</option>
                <option value="high">High</option>
              </Select>
            )}
          </Field>
        </div>
      )}
      {target === 'habit' && (
        <Field label="How often">
          {({ id }) => (
            <Select id={id} value={perWeek} onChange={(e) => setPerWeek(Number(e.target.value))}>
              <option value={0}>Every day</option>
              {[1, 2, 3, 4, 5, 6].map((n) => (
                <option key={n} value={n}>
                  {n === 1 ? 'Once a week' : `${n} times a week`}
                </option>
              ))}
            </Select>
          )}
        </Field>
      )}
      {target === 'calendar_event' && (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Starts" error={errors.start_time}>
            {({ id, describedBy, invalid }) => (
              <Input
                id={id}
                type="datetime-local"
                value={startAt}
                onChange={(e) => setStartAt(e.target.value)}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
              />
            )}
          </Field>
          <Field label="Ends (optional)" error={errors.end_time}>
            {({ id, describedBy, invalid }) => (
              <Input
                id={id}
                type="datetime-local"
                value={endAt}
                min={startAt || undefined}
                onChange={(e) => setEndAt(e.target.value)}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
              />
            )}
          </Field>
        </div>
      )}
      {target === 'quest' && (
        <Field label="Difficulty" hint="Harder quests pay more XP and coins." error={errors.difficulty}>
          {({ id, describedBy }) => (
            <Select
              id={id}
              value={difficulty}
              aria-describedby={describedBy}
              onChange={(e) => setDifficulty(e.target.value as typeof difficulty)}
            >
              {questDifficulties.map((d) => (
                <option key={d} value={d}>
                  {difficultyLabel(d)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      )}
      {formError && (
        <p role="alert" className="text-sm font-medium text-danger">
          {formError}
        </p>
      )}
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" loading={process.isPending}>
          Create {targetLabels[target].toLowerCase()}
        </Button>
      </div>
    </form>
  );
}
