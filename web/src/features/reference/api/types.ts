import type { z } from 'zod';
import type {
  annotation,
  CreateAnnotationBody,
  CreateRegionBody,
  region,
  UpdateAnnotationBody,
  UpdateRegionBody,
} from '#common/contracts/annotations';
import type { listeningTemplate } from '#common/contracts/listening';
import type { track, UpdateTrackBody } from '#common/contracts/reference';

/** The wire shapes (timestamps as ISO strings). */
export type TrackWire = z.input<typeof track>;
export type AnnotationWire = z.input<typeof annotation>;
export type RegionWire = z.input<typeof region>;
export type ListeningTemplateWire = z.input<typeof listeningTemplate>;
export type { CreateAnnotationBody, CreateRegionBody, UpdateAnnotationBody, UpdateRegionBody, UpdateTrackBody };

/** The library's filters (from its address). */
export interface TrackFilters {
  q?: string;
  tag?: string;
}
