import type { RecordType } from '#common/contracts/exercise';
import type { PersonalRecordWire, RecordHitWire } from '../api/types';

export const recordLabels: Record<RecordType, string> = {
  max_weight: 'Heaviest weight',
  max_reps: 'Most reps',
  estimated_1rm: 'Best estimated 1RM',
  max_volume: 'Best volume',
  max_duration: 'Longest',
  max_distance: 'Farthest',
};

/** The records each set holds, by set id: the hits a set write answered, and the stored records. */
export type SetRecords = ReadonlyMap<string, readonly RecordType[]>;

/** What one set write answered (`records`) becomes that set's records; a deleted set has none. */
export function withHits(current: SetRecords, setId: string, hits: readonly RecordHitWire[]): SetRecords {
  const perSet = [...new Set(hits.filter((h) => h.record_type !== 'max_volume').map((h) => h.record_type))];
  const next = new Map(current);
  if (perSet.length > 0) next.set(setId, perSet);
  else next.delete(setId);
  return next;
}

/**
 * Which sets get the PR badge: those whose latest write answered a record (`hits`, kept while
 * the page is open) and those the stored records name (`records`, read again after each write
 * and after a reload). `setIds` limits it to the sets shown. Session volume has no badge.
 */
export function prBadges(
  setIds: readonly string[],
  hits: SetRecords,
  records: readonly Pick<PersonalRecordWire, 'set_id' | 'record_type'>[] | undefined,
): Map<string, RecordType[]> {
  const shown = new Set(setIds);
  const out = new Map<string, RecordType[]>();
  const add = (id: string, type: RecordType) => {
    if (!shown.has(id) || type === 'max_volume') return;
    const list = out.get(id) ?? [];
    if (!list.includes(type)) list.push(type);
    out.set(id, list);
  };
  for (const [id, types] of hits) for (const t of types) add(id, t);
  for (const r of records ?? []) if (r.set_id) add(r.set_id, r.record_type);
  return out;
}

/** "PR: heaviest weight, most reps". */
export const describeRecords = (types: readonly RecordType[]): string =>
  `Personal record: ${types.map((t) => recordLabels[t].toLowerCase()).join(', ')}`;
