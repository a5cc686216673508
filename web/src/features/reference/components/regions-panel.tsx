import { useEffect } from 'react';
import { toast } from 'sonner';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { ListSkeleton } from '@/components/ui/skeleton';
import { isPendingRegion, useRegionMutations } from '../api/notes';
import type { RegionWire } from '../api/types';
import { RegionEditor } from './region-editor';
import { RegionForm } from './region-form';
import { RegionList } from './region-list';
import type { LoopRange, TrackPlayerControls } from './use-track-player';

interface RegionsPanelProps {
  trackId: string;
  regions: { data?: RegionWire[]; isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  player: TrackPlayerControls;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** With a listening prompt's loop, playing a region loops it. */
  playLoops: boolean;
}

/** The Regions card: marking a new region, the selected one's editor, and the list. */
export function RegionsPanel({ trackId, regions, player, selectedId, onSelect, playLoops }: RegionsPanelProps) {
  const changes = useRegionMutations(trackId);
  const selected = regions.data?.find((r) => r.id === selectedId && !isPendingRegion(r)) ?? null;
  const loopingId = player.loop?.id ?? null;
  const looped = regions.data?.find((r) => r.id === loopingId);
  const { setLoop } = player;

  // A looped region that is moved or resized loops its new times.
  useEffect(() => {
    if (looped && (looped.start_ms !== player.loop?.start_ms || looped.end_ms !== player.loop?.end_ms)) {
      setLoop(loopOf(looped));
    }
  }, [looped, player.loop, setLoop]);

  const loop = (r: RegionWire | null) => setLoop(r ? loopOf(r) : null);
  const play = (r: RegionWire) => {
    if (playLoops) loop(r);
    player.seek(r.start_ms);
    player.play();
  };
  const remove = (r: RegionWire) => {
    if (loopingId === r.id) player.setLoop(null);
    if (selectedId === r.id) onSelect(null);
    changes.remove.mutate(r.id, { onSuccess: () => toast.success('Region deleted') });
  };

  return (
    <Card aria-labelledby="regions-title">
      <CardHeader id="regions-title" title="Regions" />
      <CardBody className="grid gap-4">
        {selected && (
          <RegionEditor
            key={`${selected.id}:${selected.updated_at}`}
            region={selected}
            looping={loopingId === selected.id}
            pending={changes.update.isPending}
            onSave={(body) =>
              changes.update.mutateAsync({ id: selected.id, body }).then(() => toast.success('Region saved'))
            }
            onPlay={() => play(selected)}
            onLoop={(on) => loop(on ? selected : null)}
            onDelete={() => remove(selected)}
            onClose={() => onSelect(null)}
          />
        )}
        <RegionForm
          nowMs={player.currentMs}
          pending={changes.create.isPending}
          onAdd={(body) => changes.create.mutateAsync(body).then(() => toast.success('Region added'))}
        />
        {regions.isPending ? (
          <ListSkeleton rows={2} />
        ) : regions.isError ? (
          <ErrorState
            title="The regions could not be loaded"
            error={regions.error}
            onRetry={() => void regions.refetch()}
          />
        ) : (
          <RegionList
            regions={regions.data ?? []}
            loopingId={loopingId}
            selectedId={selectedId}
            onSelect={(r) => onSelect(selectedId === r.id ? null : r.id)}
            onPlay={play}
            onLoop={loop}
            onFavorite={(r) => changes.update.mutate({ id: r.id, body: { is_favorite: !r.is_favorite } })}
            onDelete={remove}
          />
        )}
      </CardBody>
    </Card>
  );
}

/** The player's loop for a region. */
const loopOf = (r: RegionWire): LoopRange => ({ id: r.id, start_ms: r.start_ms, end_ms: r.end_ms, label: r.name });
