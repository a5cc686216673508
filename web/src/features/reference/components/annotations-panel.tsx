import { toast } from 'sonner';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { ListSkeleton } from '@/components/ui/skeleton';
import { useAnnotationMutations, useAnnotations } from '../api/notes';
import type { RegionWire } from '../api/types';
import { AnnotationEditor } from './annotation-editor';
import { AnnotationList } from './annotation-list';
import type { TrackPlayerControls } from './use-track-player';

interface AnnotationsPanelProps {
  trackId: string;
  player: TrackPlayerControls;
  /** The region selected on the timeline, which a new annotation may span. */
  region: RegionWire | null;
}

/** The Annotations card: the editor for a new one, and the list (each seeks, edits or deletes). */
export function AnnotationsPanel({ trackId, player, region }: AnnotationsPanelProps) {
  const annotations = useAnnotations(trackId);
  const changes = useAnnotationMutations(trackId);
  return (
    <Card aria-labelledby="annotations-title">
      <CardHeader id="annotations-title" title="Annotations" />
      <CardBody className="grid gap-4">
        <AnnotationEditor
          nowMs={player.currentMs}
          positionMs={player.positionMs}
          region={region}
          submitLabel="Add annotation"
          pending={changes.create.isPending}
          onSubmit={(draft) => changes.create.mutate(draft, { onSuccess: () => toast.success('Annotation added') })}
        />
        {annotations.isPending ? (
          <ListSkeleton rows={2} />
        ) : annotations.isError ? (
          <ErrorState
            title="The annotations could not be loaded"
            error={annotations.error}
            onRetry={() => void annotations.refetch()}
          />
        ) : (
          <AnnotationList
            annotations={annotations.data}
            nowMs={player.currentMs}
            positionMs={player.positionMs}
            onSeek={player.seek}
            onSave={(id, draft) => changes.update.mutateAsync({ id, body: draft })}
            onDelete={(a) => changes.remove.mutate(a.id, { onSuccess: () => toast.success('Annotation deleted') })}
          />
        )}
      </CardBody>
    </Card>
  );
}
