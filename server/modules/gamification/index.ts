/**
 * The game layer's public face. Domains call `record` (and `reverse` to undo) inside their own
 * transaction; nothing else writes the game tables.
 */
export { type ActivityInput, type RewardOutcome, record, reverse } from './record.service';
