/** Wire shapes of the notes API (the contracts' inputs: timestamps as strings). */
import type { z } from 'zod';
import type { reference, searchHit } from '#common/contracts/notes';

/** An idea, infobase entry or reference; `url` only on references. */
export type NoteWire = Omit<z.input<typeof reference>, 'url'> & { url?: string | null };
export type SearchHitWire = z.input<typeof searchHit>;

export interface NoteBody {
  title: string;
  body: string;
  category: string | null;
  tags: string[];
  url?: string | null;
}

export type NoteChanges = Partial<NoteBody> & { is_pinned?: boolean; archived?: boolean };

export interface NoteFilters {
  archived: boolean;
  category?: string;
  tag?: string;
}
