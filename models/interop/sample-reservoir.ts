/**
 * Keeps at most `capacity` samples of a stream, each with equal chance (reservoir sampling),
 * so that fitting a distribution over millions of spans needs bounded memory. The random
 * choice is a fixed-seed generator: the same trace gives the same model.
 */
export class SampleReservoir {
  readonly values: number[] = [];
  seen = 0;
  private state: number;

  constructor(
    private readonly capacity = 20000,
    seed = 0x9e3779b9,
  ) {
    this.state = seed >>> 0;
  }

  add(value: number): void {
    this.seen++;
    if (this.values.length < this.capacity) {
      this.values.push(value);
      return;
    }
    const slot = Math.floor(this.next() * this.seen);
    if (slot < this.capacity) this.values[slot] = value;
  }

  /** mulberry32 */
  private next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}
