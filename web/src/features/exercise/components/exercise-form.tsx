import { type FormEvent, useState } from 'react';
import {
  type CreateExerciseBody,
  createExerciseBody,
  type ExerciseCategory,
  type ExerciseLevel,
  type ExerciseMeasurement,
} from '#common/contracts/exercise';
import { Button } from '@/components/ui/button';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { maxLengthOf } from '@/lib/limits';
import type { ExerciseWire } from '../api/types';
import { categoryOptions, equipmentOptions, levelOptions, measurementOptions, muscleOptions } from '../utils/labels';

const shape = createExerciseBody.shape;
const limits = {
  name: maxLengthOf(shape.name),
  description: maxLengthOf(shape.description),
  instructions: maxLengthOf(shape.instructions),
  safety: maxLengthOf(shape.safety_note),
};

type Muscle = NonNullable<CreateExerciseBody['primary_muscles']>[number];
type Equipment = NonNullable<CreateExerciseBody['equipment']>[number];

interface ExerciseFormProps {
  exercise: ExerciseWire | null;
  saving: boolean;
  error: string | null;
  onSubmit: (body: CreateExerciseBody) => void;
  onCancel: () => void;
}

/** One of the user's own exercises: name, how it is logged, category, level, muscles, equipment, texts. */
export function ExerciseForm({ exercise, saving, error, onSubmit, onCancel }: ExerciseFormProps) {
  const [name, setName] = useState(exercise?.name ?? '');
  const [measurement, setMeasurement] = useState<ExerciseMeasurement>(exercise?.measurement ?? 'weight_reps');
  const [category, setCategory] = useState<ExerciseCategory>(exercise?.category ?? 'strength');
  const [level, setLevel] = useState<ExerciseLevel>(exercise?.level ?? 'beginner');
  const [primary, setPrimary] = useState<Muscle[]>((exercise?.primary_muscles ?? []) as Muscle[]);
  const [equipment, setEquipment] = useState<Equipment[]>((exercise?.equipment ?? []) as Equipment[]);
  const [description, setDescription] = useState(exercise?.description ?? '');
  const [instructions, setInstructions] = useState(exercise?.instructions ?? '');
  const [safety, setSafety] = useState(exercise?.safety_note ?? '');
  const [nameError, setNameError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) {
      setNameError('Name the exercise.');
      return;
    }
    setNameError(null);
    onSubmit({
      name: name.trim(),
      measurement,
      category,
      level,
      primary_muscles: primary,
      secondary_muscles: (exercise?.secondary_muscles ?? []) as Muscle[],
      equipment,
      description: description.trim() || null,
      instructions: instructions.trim() || null,
      safety_note: safety.trim() || null,
    });
  };

  return (
    <form onSubmit={submit} noValidate className="grid gap-4">
      <Field label="Name" error={nameError}>
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            value={name}
            maxLength={limits.name}
            onChange={(e) => setName(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            data-autofocus
          />
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Logged as">
          {({ id }) => (
            <Select id={id} value={measurement} onChange={(e) => setMeasurement(e.target.value as ExerciseMeasurement)}>
              {measurementOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Category">
          {({ id }) => (
            <Select id={id} value={category} onChange={(e) => setCategory(e.target.value as ExerciseCategory)}>
              {categoryOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Level">
          {({ id }) => (
            <Select id={id} value={level} onChange={(e) => setLevel(e.target.value as ExerciseLevel)}>
              {levelOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <Field label="Main muscles" hint="Hold Ctrl or ⌘ to choose several.">
        {({ id, describedBy }) => (
          <Select
            id={id}
            multiple
            className="h-28"
            value={primary}
            aria-describedby={describedBy}
            onChange={(e) => setPrimary([...e.target.selectedOptions].map((o) => o.value as Muscle).slice(0, 10))}
          >
            {muscleOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Equipment" hint="Hold Ctrl or ⌘ to choose several.">
        {({ id, describedBy }) => (
          <Select
            id={id}
            multiple
            className="h-28"
            value={equipment}
            aria-describedby={describedBy}
            onChange={(e) => setEquipment([...e.target.selectedOptions].map((o) => o.value as Equipment).slice(0, 10))}
          >
            {equipmentOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Description (optional)">
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
      <Field label="Steps (optional)" hint="One step a line.">
        {({ id, describedBy }) => (
          <Textarea
            id={id}
            rows={3}
            maxLength={limits.instructions}
            value={instructions}
            aria-describedby={describedBy}
            onChange={(e) => setInstructions(e.target.value)}
          />
        )}
      </Field>
      <Field label="Safety note (optional)">
        {({ id }) => (
          <Textarea
            id={id}
            rows={2}
            maxLength={limits.safety}
            value={safety}
            onChange={(e) => setSafety(e.target.value)}
          />
        )}
      </Field>
      {error && (
        <p role="alert" className="text-sm font-medium text-danger">
          {error}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" loading={saving}>
          {exercise ? 'Save exercise' : 'Add exercise'}
        </Button>
      </div>
    </form>
  );
}
