import type { LucideIcon } from 'lucide-react';
import { Library, Lightbulb, Link2 } from 'lucide-react';
import type { NoteKind } from '#common/contracts/notes';

/** What tells the three note sections apart: their API path, words and whether a note has a link. */
export interface NoteKindInfo {
  kind: NoteKind;
  /** The API collection, e.g. `/ideas`, which is also the page's path. */
  path: string;
  title: string;
  description: string;
  /** Lower-case singular, e.g. "idea". */
  noun: string;
  hasUrl: boolean;
  icon: LucideIcon;
  emptyTitle: string;
  emptyText: string;
  titlePlaceholder: string;
}

export const noteKinds: Record<NoteKind, NoteKindInfo> = {
  idea: {
    kind: 'idea',
    path: '/ideas',
    title: 'Ideas',
    description: 'Every spark, kept in one place.',
    noun: 'idea',
    hasUrl: false,
    icon: Lightbulb,
    emptyTitle: 'No ideas yet',
    emptyText: 'A melody, a title, a sketch for a video. Jot it down before it slips away.',
    titlePlaceholder: 'A chorus that starts with silence',
  },
  infobase: {
    kind: 'infobase',
    path: '/infobase',
    title: 'Infobase',
    description: 'Your personal knowledge base, searchable in a keystroke.',
    noun: 'entry',
    hasUrl: false,
    icon: Library,
    emptyTitle: 'Your infobase is empty',
    emptyText: 'Keep what you learn: settings that worked, techniques, checklists. Search finds it later.',
    titlePlaceholder: 'Vocal chain settings',
  },
  reference: {
    kind: 'reference',
    path: '/references',
    title: 'References',
    description: 'Articles, videos and tools worth coming back to.',
    noun: 'reference',
    hasUrl: true,
    icon: Link2,
    emptyTitle: 'No references yet',
    emptyText: 'Save the tutorial, the article or the tool you will want again, with a note on why.',
    titlePlaceholder: 'A mixing tutorial worth rewatching',
  },
};
