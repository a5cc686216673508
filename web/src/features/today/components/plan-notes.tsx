import { useEffect, useState } from 'react';
import { planNotesBody } from '#common/contracts/plan';
import { Button } from '@/components/ui/button';
import { Field, Textarea } from '@/components/ui/field';
import { maxLengthOf } from '@/lib/limits';
import { useSaveNotes } from '../api/save-notes';

const NOTES_MAX = maxLengthOf(planNotesBody.shape.notes);

/** The day's notes, saved with a button (and kept in step with other devices until edited). */
export function PlanNotes({ date, notes }: { date: string; notes: string | null }) {
  const save = useSaveNotes(date);
  const [text, setText] = useState(notes ?? '');
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    if (!dirty) setText(notes ?? '');
  }, [notes, dirty]);
  return (
    <div className="mt-5 grid gap-2">
      <Field label="Notes for the day">
        {({ id }) => (
          <Textarea
            id={id}
            rows={3}
            maxLength={NOTES_MAX}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setDirty(true);
            }}
          />
        )}
      </Field>
      <div className="flex items-center gap-3">
        <Button
          size="sm"
          disabled={!dirty}
          loading={save.isPending}
          onClick={() => save.mutate(text, { onSuccess: () => setDirty(false) })}
        >
          Save notes
        </Button>
        {save.isSuccess && !dirty && (
          <span role="status" className="text-xs text-muted">
            Saved
          </span>
        )}
        {save.isError && (
          <span role="alert" className="text-xs text-danger">
            Could not save the notes.
          </span>
        )}
      </div>
    </div>
  );
}
