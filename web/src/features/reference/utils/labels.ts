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
