import type { InboxItem } from '#common/contracts/inbox';
import type { InboxRow } from './inbox.repo';

/** The API view of a row: the columns as they are, with the enums typed. */
export function itemView(row: InboxRow): InboxItem {
  return {
    id: row.id,
    kind: row.kind as InboxItem['kind'],
    title: row.title,
    body: row.body,
    tags: row.tags,
    data: row.data,
    read_at: row.read_at,
    archived_at: row.archived_at,
    processed_at: row.processed_at,
    processed_into_type: row.processed_into_type as InboxItem['processed_into_type'],
    processed_into_id: row.processed_into_id,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
