import type { AnnotationType, RegionKind } from '#common/contracts/annotations';

export const annotationTypeLabels: Record<AnnotationType, string> = {
  note: 'Note',
  mix: 'Mix',
  arrangement: 'Arrangement',
  sound_design: 'Sound design',
  mastering: 'Mastering',
  question: 'Question',
};

export const regionKindLabels: Record<RegionKind, string> = { section: 'Section', loop: 'Loop' };

/** The colours a region may be given from the editor (any `#rrggbb` is stored). */
export const regionColors: { value: string; label: string }[] = [
  { value: '#e11d48', label: 'Rose' },
  { value: '#f59e0b', label: 'Amber' },
  { value: '#10b981', label: 'Green' },
  { value: '#0ea5e9', label: 'Sky' },
  { value: '#8b5cf6', label: 'Violet' },
];
