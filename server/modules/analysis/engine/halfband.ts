/**
 * Halving the sample rate with a linear-phase half-band FIR low-pass (a windowed sinc with its
 * cut-off at a quarter of the input rate; every other tap but the centre is zero), chained to
 * bring audio down to the few kHz that pitch analysis needs. The filter is applied centred, so
 * output sample `m` of a stage lines up with input sample `2m` exactly (no delay to correct).
 */

/** Taps of a half-band low-pass with `half` taps either side of the centre (Blackman window). */
export function halfbandTaps(half: number): Float64Array {
  const taps = new Float64Array(half + 1);
  let sum = 0;
  for (let j = 0; j <= half; j++) {
    const sinc = j === 0 ? 0.5 : Math.sin((Math.PI * j) / 2) / (Math.PI * j);
    const x = (Math.PI * (j + half + 1)) / (half + 1);
    const blackman = 0.42 - 0.5 * Math.cos(x) + 0.08 * Math.cos(2 * x);
    taps[j] = sinc * blackman;
    sum += j === 0 ? taps[j]! : 2 * taps[j]!;
  }
  for (let j = 0; j <= half; j++) taps[j] = taps[j]! / sum;
  return taps;
}

/**
 * One streaming halving stage. Output `m` needs input up to `2m + half`, so a stage holds back a
 * few samples until `flush`, which treats the input as followed by silence. The output does not
 * depend on how the input was cut into blocks.
 */
export class HalfbandStage {
  private readonly taps: Float64Array;
  private buf = new Float32Array(4096);
  /** Absolute index of buf[0], and how many input samples were received in all. */
  private bufStart = 0;
  private received = 0;
  /** The next output index. */
  private next = 0;

  constructor(private readonly half: number) {
    this.taps = halfbandTaps(half);
  }

  push(input: Float32Array): Float32Array {
    this.append(input);
    const ready = Math.max(0, Math.floor((this.received - 1 - this.half) / 2) + 1);
    return this.produce(ready);
  }

  /** The outputs still held back: one per two inputs in all, rounding up. */
  flush(): Float32Array {
    return this.produce(Math.ceil(this.received / 2));
  }

  private append(input: Float32Array): void {
    const used = this.received - this.bufStart;
    if (used + input.length > this.buf.length) {
      // Drop what no output will read again, then grow if still needed.
      const keepFrom = Math.max(this.bufStart, 2 * this.next - this.half);
      const keep = this.received - keepFrom;
      const size = keep + input.length <= this.buf.length ? this.buf.length : 2 * (keep + input.length);
      const next = size === this.buf.length ? this.buf : new Float32Array(size);
      if (next === this.buf) next.copyWithin(0, keepFrom - this.bufStart, used);
      else next.set(this.buf.subarray(keepFrom - this.bufStart, used), 0);
      this.buf = next;
      this.bufStart = keepFrom;
    }
    this.buf.set(input, this.received - this.bufStart);
    this.received += input.length;
  }

  private produce(upTo: number): Float32Array {
    const count = Math.max(0, upTo - this.next);
    const out = new Float32Array(count);
    const { taps, half, buf, bufStart, received } = this;
    const centre = taps[0]!;
    for (let o = 0; o < count; o++) {
      const c = 2 * (this.next + o);
      let acc: number;
      if (c - half >= 0 && c + half < received) {
        const base = c - bufStart;
        acc = centre * buf[base]!;
        for (let j = 1; j <= half; j += 2) acc += taps[j]! * (buf[base - j]! + buf[base + j]!);
      } else {
        // Near either end of the input: samples outside it count as silence.
        const at = (i: number) => (i < 0 || i >= received ? 0 : buf[i - bufStart]!);
        acc = centre * at(c);
        for (let j = 1; j <= half; j += 2) acc += taps[j]! * (at(c - j) + at(c + j));
      }
      out[o] = acc;
    }
    this.next += count;
    return out;
  }
}

/**
 * Several halving stages in a row. Only the last stage guards the band that is kept, so the
 * earlier ones get by with short filters (what they let alias lands above it and is removed
 * by the stages after).
 */
export class Decimator {
  private readonly stages: HalfbandStage[];

  /** `halvings` stages: the last with 19 taps either side, the others with 3. */
  constructor(readonly halvings: number) {
    this.stages = Array.from({ length: halvings }, (_, i) => new HalfbandStage(i === halvings - 1 ? 19 : 3));
  }

  /** The factor the rate is divided by. */
  get factor(): number {
    return 2 ** this.halvings;
  }

  push(input: Float32Array): Float32Array {
    let x = input;
    for (const s of this.stages) x = s.push(x);
    return x;
  }

  /** Everything still held back, as if the input were followed by silence. */
  flush(): Float32Array {
    let tail = new Float32Array(0);
    for (const s of this.stages) {
      const pushed = s.push(tail);
      const rest = s.flush();
      tail = new Float32Array(pushed.length + rest.length);
      tail.set(pushed, 0);
      tail.set(rest, pushed.length);
    }
    return tail;
  }
}
