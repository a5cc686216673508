/** A growing array of per-frame numbers, for measurements that do not know the length ahead. */
export class FrameSeries<T extends Float32Array | Float64Array> {
  private data: T;
  length = 0;

  constructor(private readonly make: (size: number) => T) {
    this.data = make(1024);
  }

  /** Appends one frame's value. */
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = this.make(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  /** The values so far (a view, valid until the next push). */
  values(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

/**
 * Refuses a sample rate whose 10 ms frames could be empty (below 100 Hz, or not a number): no
 * decoder gives one, and the per-frame measurements would divide by zero.
 */
export function checkFrameRate(sampleRate: number): void {
  if (!(sampleRate >= 100 && Number.isFinite(sampleRate))) {
    throw new RangeError(`a sample rate of ${sampleRate} Hz is too low for 10 ms frames`);
  }
}
