import { useId, useState } from 'react';
import type { ExerciseMeasurement } from '#common/contracts/exercise';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { errorMessage } from '@/lib/api-client';
import type { SetWire } from '../api/types';
import { draftOf, readDraft, type SetFieldsBody } from '../utils/set-draft';
import type { WeightUnit } from '../utils/units';
import { SetFields } from './set-fields';

interface EditSetDialogProps {
  target: { set: SetWire; name: string; measurement: ExerciseMeasurement } | null;
  unit: WeightUnit;
  saving: boolean;
  deleting: boolean;
  error: unknown;
  onSave: (body: SetFieldsBody) => void;
  onDelete: () => void;
  onClose: () => void;
}

/** Change a logged set, or delete it (a second press confirms). */
export function EditSetDialog({
  target,
  unit,
  saving,
  deleting,
  error,
  onSave,
  onDelete,
  onClose,
}: EditSetDialogProps) {
  return (
    <Dialog open={target !== null} onClose={onClose} title={target ? `Edit set of ${target.name}` : 'Edit set'}>
      {target && (
        <EditSetForm
          key={target.set.id}
          target={target}
          unit={unit}
          saving={saving}
          deleting={deleting}
          error={error}
          onSave={onSave}
          onDelete={onDelete}
          onClose={onClose}
        />
      )}
    </Dialog>
  );
}

function EditSetForm({
  target,
  unit,
  saving,
  deleting,
  error,
  onSave,
  onDelete,
  onClose,
}: Omit<EditSetDialogProps, 'target'> & { target: NonNullable<EditSetDialogProps['target']> }) {
  const id = useId();
  const [draft, setDraft] = useState(() => draftOf(target.set, unit));
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const message = problem ?? (error ? errorMessage(error) : null);
  return (
    <form
      noValidate
      className="grid gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        const result = readDraft(draft, target.measurement, unit);
        if ('error' in result) setProblem(result.error);
        else {
          setProblem(null);
          onSave(result.body);
        }
      }}
    >
      <SetFields
        idPrefix={id}
        exerciseName={target.name}
        measurement={target.measurement}
        unit={unit}
        draft={draft}
        onChange={setDraft}
        invalid={Boolean(problem)}
      />
      {message && (
        <p role="alert" className="text-sm font-medium text-danger">
          {message}
        </p>
      )}
      <div className="flex flex-wrap justify-between gap-2">
        {confirming ? (
          <Button variant="danger" size="lg" loading={deleting} onClick={onDelete}>
            Yes, delete this set
          </Button>
        ) : (
          <Button variant="ghost" size="lg" className="text-danger" onClick={() => setConfirming(true)}>
            Delete set
          </Button>
        )}
        <div className="flex gap-2">
          <Button variant="ghost" size="lg" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" size="lg" loading={saving}>
            Save set
          </Button>
        </div>
      </div>
    </form>
  );
}
