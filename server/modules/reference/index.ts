/** Reference tracks as other modules see them (focus music libraries hold the user's tracks). */
export { ownedTrackSummaries, type TrackSummary } from './reference.repo';
