import { dbToGain, matchedGains } from './matched-gains';

/**
 * The A/B switching rules, apart from any audio API: two decks play together from the same
 * position and only the gains decide which one is heard, so a switch is a short gain ramp
 * (instant, no seek, no buffering, no click). The decks and the gain stage are interfaces:
 * ab-audio.ts implements them over <audio> elements and Web Audio.
 */

export type Side = 'a' | 'b';

/** A span of the track both sides loop over, in ms from the start. */
export interface LoopRegion {
  start_ms: number;
  end_ms: number;
}

/** One side's player, as the switcher drives it. */
export interface AbDeck {
  /** The playback position, ms. */
  positionMs(): number;
  seek(ms: number): void;
  play(): Promise<void>;
  pause(): void;
}

/** The gain stage both decks play through. */
export interface AbMixer {
  /** Brings a side to `gain` (a linear factor) over `rampMs`; 0 silences it. */
  setGain(side: Side, gain: number, rampMs: number): void;
  /** Lets output start (a Web Audio context starts suspended until the user acts). */
  resume(): Promise<void>;
}

export interface AbState {
  /** The side being heard. */
  active: Side;
  playing: boolean;
  /** The loudness-matching gains, dB (the louder side turned down). */
  gainsDb: Record<Side, number>;
  /** False when a side's loudness is unknown, so neither is turned down. */
  matched: boolean;
  region: LoopRegion | null;
  /** The heard side's position, ms. */
  positionMs: number;
}

export interface AbOptions {
  /** The gain ramp of a switch, ms: short enough to feel instant, long enough not to click. */
  rampMs?: number;
  /** How far the silent side may drift from the heard one before it is moved back, ms. */
  toleranceMs?: number;
}

const other = (side: Side): Side => (side === 'a' ? 'b' : 'a');

/** Two decks switched at matched loudness, at the same position, looped over an optional region. */
export class AbSwitcher {
  private state: AbState = {
    active: 'a',
    playing: false,
    gainsDb: { a: 0, b: 0 },
    matched: false,
    region: null,
    positionMs: 0,
  };
  private readonly listeners = new Set<() => void>();
  private readonly rampMs: number;
  private readonly toleranceMs: number;

  constructor(
    private readonly decks: Record<Side, AbDeck>,
    private readonly mixer: AbMixer,
    options: AbOptions = {},
  ) {
    this.rampMs = options.rampMs ?? 15;
    this.toleranceMs = options.toleranceMs ?? 60;
    this.applyGains(0);
  }

  /** The current state (a new object after each change, for useSyncExternalStore). */
  getState = (): AbState => this.state;

  /** Calls `listener` after each change; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Sets the two integrated loudnesses (LUFS, null when unknown); the gains follow at once. */
  setLoudness(aLufs: number | null, bLufs: number | null): void {
    const gains = matchedGains(aLufs, bLufs);
    this.update({ gainsDb: { a: gains.a, b: gains.b }, matched: gains.matched });
    this.applyGains(this.rampMs);
  }

  /** Hears `side` from the position the other side was at. */
  select(side: Side): void {
    if (side === this.state.active) return;
    const from = this.decks[this.state.active];
    this.align(side, from.positionMs());
    this.update({ active: side });
    this.applyGains(this.rampMs);
  }

  /** Hears the other side. */
  toggle(): void {
    this.select(other(this.state.active));
  }

  /** Starts both decks together from the heard side's position (inside the region, if any). */
  async play(): Promise<void> {
    await this.mixer.resume();
    let at = this.decks[this.state.active].positionMs();
    const { region } = this.state;
    if (region && (at < region.start_ms || at >= region.end_ms)) at = region.start_ms;
    this.seek(at);
    this.update({ playing: true });
    try {
      await Promise.all([this.decks.a.play(), this.decks.b.play()]);
    } catch (error) {
      this.pause(); // refused (no user gesture yet) or the source failed: neither side plays on
      throw error;
    }
  }

  pause(): void {
    this.decks.a.pause();
    this.decks.b.pause();
    this.update({ playing: false, positionMs: this.decks[this.state.active].positionMs() });
  }

  /** Moves both sides to `ms`. */
  seek(ms: number): void {
    const at = Math.max(0, ms);
    this.decks.a.seek(at);
    this.decks.b.seek(at);
    this.update({ positionMs: at });
  }

  /** Loops both sides over `region` (null: no loop); playback outside it moves to its start. */
  setRegion(region: LoopRegion | null): void {
    this.update({ region });
    if (!region) return;
    const at = this.decks[this.state.active].positionMs();
    if (at < region.start_ms || at >= region.end_ms) this.seek(region.start_ms);
  }

  /** The heard side came to its end: both stop there. */
  ended(side: Side): void {
    if (side !== this.state.active || !this.state.playing) return;
    this.pause();
  }

  /**
   * Runs on each animation frame while playing: wraps at the region's end, keeps the silent
   * side with the heard one, and publishes the position.
   */
  tick(): void {
    const { active, region } = this.state;
    const at = this.decks[active].positionMs();
    if (region && at >= region.end_ms) {
      this.seek(region.start_ms);
      return;
    }
    this.align(other(active), at);
    if (Math.abs(at - this.state.positionMs) >= 50) this.update({ positionMs: at });
  }

  /** Moves `side` to `ms` if it has drifted further than the tolerance. */
  private align(side: Side, ms: number): void {
    const deck = this.decks[side];
    if (Math.abs(deck.positionMs() - ms) > this.toleranceMs) deck.seek(ms);
  }

  private applyGains(rampMs: number): void {
    const { active, gainsDb } = this.state;
    this.mixer.setGain(active, dbToGain(gainsDb[active]), rampMs);
    this.mixer.setGain(other(active), 0, rampMs);
  }

  private update(change: Partial<AbState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }
}
