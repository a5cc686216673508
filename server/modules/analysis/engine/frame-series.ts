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
