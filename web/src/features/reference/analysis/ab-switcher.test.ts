import { describe, expect, it } from 'vitest';
import { type AbDeck, type AbMixer, AbSwitcher, type Side } from './ab-switcher';

/** A deck on a tape: its position moves only when the test says time passed. */
class TapeDeck implements AbDeck {
  at = 0;
  playing = false;
  seeks: number[] = [];
  constructor(readonly lengthMs = 200_000) {}
  positionMs = () => this.at;
  seek(ms: number) {
    this.at = Math.min(ms, this.lengthMs);
    this.seeks.push(ms);
  }
  async play() {
    this.playing = true;
  }
  pause() {
    this.playing = false;
  }
  /** Time passes: a playing deck moves on (by `drift` more, to make it wander). */
  run(ms: number, drift = 0) {
    if (this.playing) this.at = Math.min(this.at + ms + drift, this.lengthMs);
  }
}

/** The gain stage's last settings, per side. */
class GainLog implements AbMixer {
  gains: Record<Side, { gain: number; rampMs: number }> = { a: { gain: 0, rampMs: 0 }, b: { gain: 0, rampMs: 0 } };
  resumed = 0;
  setGain(side: Side, gain: number, rampMs: number) {
    this.gains[side] = { gain, rampMs };
  }
  async resume() {
    this.resumed += 1;
  }
}

function setup() {
  const decks = { a: new TapeDeck(), b: new TapeDeck() };
  const mixer = new GainLog();
  const ab = new AbSwitcher(decks, mixer);
  const run = (ms: number, drift = 0) => {
    decks.a.run(ms);
    decks.b.run(ms, drift);
    ab.tick();
  };
  return { decks, mixer, ab, run };
}

describe('AbSwitcher', () => {
  it('plays both sides together and lets only the heard one through, turned down when it is the louder', async () => {
    const { decks, mixer, ab } = setup();
    ab.setLoudness(-14, -10.8);
    await ab.play();
    expect(mixer.resumed).toBe(1);
    expect(decks.a.playing && decks.b.playing).toBe(true);
    expect(ab.getState()).toMatchObject({ active: 'a', playing: true, matched: true });
    expect(mixer.gains.a.gain).toBe(1);
    expect(mixer.gains.b.gain).toBe(0);

    ab.toggle();
    expect(ab.getState().active).toBe('b');
    expect(mixer.gains.a.gain).toBe(0);
    expect(mixer.gains.b.gain).toBeCloseTo(10 ** (-3.2 / 20), 9);
    expect(mixer.gains.b.rampMs).toBeGreaterThan(0); // a ramp, not a step: no click
    expect(ab.getState().gainsDb.b).toBeCloseTo(-3.2, 9);
  });

  it('switches at the same position, moving the other side there when it has drifted', async () => {
    const { decks, ab, run } = setup();
    ab.setLoudness(-9, -9);
    ab.seek(30_000);
    await ab.play();
    run(1_000);
    decks.b.at += 500; // the silent side wandered off (a stall, a slow seek)
    ab.toggle();
    expect(decks.b.at).toBe(31_000);
    expect(ab.getState().active).toBe('b');

    // Close enough: no seek, so the switch is only a gain change.
    run(2_000, 20);
    const seeks = decks.a.seeks.length;
    ab.toggle();
    expect(decks.a.seeks.length).toBe(seeks);
  });

  it('keeps the silent side with the heard one while playing', async () => {
    const { decks, ab, run } = setup();
    await ab.play();
    run(500, 200);
    expect(decks.b.at).toBe(decks.a.at);
    expect(ab.getState().positionMs).toBe(500);
  });

  it('loops both sides over the region, starting inside it', async () => {
    const { decks, ab, run } = setup();
    ab.seek(5_000);
    ab.setRegion({ start_ms: 30_000, end_ms: 45_000 });
    expect(decks.a.at).toBe(30_000);
    expect(decks.b.at).toBe(30_000);
    await ab.play();
    run(14_900);
    expect(decks.a.at).toBe(44_900);
    run(200);
    expect(decks.a.at).toBe(30_000);
    expect(decks.b.at).toBe(30_000);

    ab.toggle();
    run(15_000);
    expect(decks.a.at).toBe(30_000);
    expect(decks.b.at).toBe(30_000);
    expect(ab.getState().active).toBe('b');

    ab.setRegion(null);
    run(16_000);
    expect(decks.a.at).toBe(46_000);
  });

  it('starts from the region when paused outside it, and stops when the heard side ends', async () => {
    const { decks, ab } = setup();
    ab.setRegion({ start_ms: 10_000, end_ms: 20_000 });
    decks.a.at = 25_000;
    await ab.play();
    expect(decks.a.at).toBe(10_000);

    ab.ended('b'); // the silent side ending changes nothing
    expect(ab.getState().playing).toBe(true);
    ab.ended('a');
    expect(ab.getState().playing).toBe(false);
    expect(decks.a.playing || decks.b.playing).toBe(false);
  });

  it('plays both as they are when a loudness is unknown', async () => {
    const { mixer, ab } = setup();
    ab.setLoudness(-8, null);
    ab.toggle();
    expect(ab.getState()).toMatchObject({ matched: false, gainsDb: { a: 0, b: 0 } });
    expect(mixer.gains.b.gain).toBe(1);
  });

  it('stops both sides when playback is refused', async () => {
    const { decks, ab } = setup();
    decks.b.play = () => Promise.reject(new Error('NotAllowedError'));
    await expect(ab.play()).rejects.toThrow('NotAllowedError');
    expect(ab.getState().playing).toBe(false);
    expect(decks.a.playing).toBe(false);
  });

  it('tells its listeners of each change', () => {
    const { ab } = setup();
    const seen: string[] = [];
    const stop = ab.subscribe(() => seen.push(ab.getState().active));
    ab.toggle();
    ab.toggle();
    stop();
    ab.toggle();
    expect(seen).toEqual(['b', 'a']);
  });
});
